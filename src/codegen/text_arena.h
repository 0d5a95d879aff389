// Storage for the statement text of one Adjoint (and for its rendered declarations). Warp's codegen
// moves statements between blocks and replays each forward statement in the backward pass; with the
// text kept here once, blocks hold string_views and those moves and replays copy no text (the native
// backend's hot path is string building, see docs/architecture.md). Views stay valid when the arena
// is moved: the text lives in heap chunks.
#pragma once

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <vector>

#include "core/copy_short.h"

namespace ws::codegen {

class TextArena {
 public:
  // The concatenation of `parts`, stored for the arena's lifetime.
  std::string_view keep(std::initializer_list<std::string_view> parts) {
    size_t n = 0;
    for (std::string_view p : parts) n += p.size();
    char* const start = allocate(n);
    char* d = start;
    for (std::string_view p : parts) d = copy_short(d, p.data(), p.size());
    return {start, n};
  }

 private:
  static constexpr size_t kChunk = 16384;
  char* allocate(size_t n) {
    if (chunks_.empty() || used_ + n > capacity_) {
      capacity_ = std::max(kChunk, n);
      chunks_.emplace_back(new char[capacity_]);  // not value-initialized: every byte is written first
      used_ = 0;
    }
    char* p = chunks_.back().get() + used_;
    used_ += n;
    return p;
  }
  std::vector<std::unique_ptr<char[]>> chunks_;
  size_t used_ = 0, capacity_ = 0;
};

}  // namespace ws::codegen
