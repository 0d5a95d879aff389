#include "dataset/seen_set.h"

namespace ws::dataset {

bool SeenSet::contains(uint64_t key) const {
  if (key == 0) return has_zero_;
  if (slots_.empty()) return false;
  const size_t mask = slots_.size() - 1;
  // Keys are hashes already, so their low bits index the table directly.
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i] == key) return true;
    if (slots_[i] == 0) return false;
  }
}

bool SeenSet::insert_slot(uint64_t key) {
  if (key == 0) {
    if (has_zero_) return false;
    has_zero_ = true;
    ++size_;
    return true;
  }
  if (2 * (size_ + 1) > slots_.size()) grow();  // load factor stays at most 1/2
  const size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i] == key) return false;
    if (slots_[i] == 0) {
      slots_[i] = key;
      ++size_;
      return true;
    }
  }
}

bool SeenSet::insert(uint64_t key) {
  if (!insert_slot(key)) return false;
  pending_.push_back(key);
  return true;
}

void SeenSet::restore(std::span<const uint64_t> keys) {
  for (uint64_t key : keys) insert_slot(key);
}

void SeenSet::grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : 2 * old.size(), 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t key : old) {
    if (key == 0) continue;
    size_t i = key & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = key;
  }
}

}  // namespace ws::dataset
