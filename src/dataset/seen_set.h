// The set of structural hashes already written, for deduplication: 64-bit keys (the value of the
// 16-hex-digit struct hash, already well mixed) in a flat open-addressing table, 16 to 32 bytes
// per key and no node allocations, because a run can see tens of millions of structures. The same
// 8-byte keys are what the checkpoint appends to seen.bin.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace ws::dataset {

class SeenSet {
 public:
  // Returns true if `key` was not in the set. New keys are also queued as pending until the next
  // checkpoint persists them.
  bool insert(uint64_t key);
  bool contains(uint64_t key) const;
  size_t size() const { return size_; }

  // Keys inserted since the last clear_pending(), in insertion order.
  const std::vector<uint64_t>& pending() const { return pending_; }
  void clear_pending() { pending_.clear(); }

  // Adds keys loaded from a checkpoint; they are not pending.
  void restore(std::span<const uint64_t> keys);

 private:
  bool insert_slot(uint64_t key);  // true if new
  void grow();

  std::vector<uint64_t> slots_;  // 0 marks an empty slot; key 0 itself lives in has_zero_
  size_t size_ = 0;
  bool has_zero_ = false;
  std::vector<uint64_t> pending_;
};

}  // namespace ws::dataset
