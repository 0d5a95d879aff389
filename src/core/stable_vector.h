// Append-only storage whose elements never move, for objects that others point to (the adjoint's
// variables). std::deque gives the same guarantee, but its blocks hold 512 bytes: for a variable
// (about 150 bytes) that is an allocation every three elements. Here a block holds kBlock elements.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace ws {

template <class T, size_t kBlock = 64>
class StableVector {
 public:
  template <class... Args>
  T& emplace_back(Args&&... args) {
    if (blocks_.empty() || blocks_.back().size() == kBlock) {
      blocks_.emplace_back();
      blocks_.back().reserve(kBlock);  // never exceeded, so the block never reallocates
    }
    return blocks_.back().emplace_back(std::forward<Args>(args)...);
  }

  size_t size() const { return blocks_.empty() ? 0 : (blocks_.size() - 1) * kBlock + blocks_.back().size(); }
  T& operator[](size_t i) { return blocks_[i / kBlock][i % kBlock]; }
  const T& operator[](size_t i) const { return blocks_[i / kBlock][i % kBlock]; }

 private:
  std::vector<std::vector<T>> blocks_;  // all full but the last
};

}  // namespace ws
