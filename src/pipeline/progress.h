// Progress line for long runs: rate, ETA and failures, redrawn in place on a TTY at most every
// 200 ms. Silent when quiet or when stderr is not a terminal (logs and CI stay clean).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace ws::pipeline {

class Progress {
 public:
  Progress(std::string label, uint64_t total, bool quiet);
  // done: items finished so far; failures/duplicates shown when non-zero.
  void update(uint64_t done, uint64_t failures, uint64_t duplicates, bool force = false);
  void finish(uint64_t done, uint64_t failures, uint64_t duplicates);
  bool enabled() const { return enabled_; }

 private:
  std::string label_;
  uint64_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace ws::pipeline
