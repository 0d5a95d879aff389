#include "pipeline/progress.h"

#include <unistd.h>

#include <cstdio>

namespace ws::pipeline {

Progress::Progress(std::string label, uint64_t total, bool quiet)
    : label_(std::move(label)), total_(total), enabled_(!quiet && isatty(STDERR_FILENO)) {
  start_ = last_ = std::chrono::steady_clock::now();
}

void Progress::update(uint64_t done, uint64_t failures, uint64_t duplicates, bool force) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = secs > 0 ? static_cast<double>(done) / secs : 0.0;
  const double eta = rate > 0 && total_ > done ? static_cast<double>(total_ - done) / rate : 0.0;
  const int pct = total_ ? static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total_)) : 100;
  std::fprintf(stderr, "\r\033[K%s %llu/%llu (%d%%)  %.0f/s  ETA %d:%02d", label_.c_str(),
               static_cast<unsigned long long>(done), static_cast<unsigned long long>(total_), pct, rate,
               static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  if (failures) std::fprintf(stderr, "  failed %llu", static_cast<unsigned long long>(failures));
  if (duplicates) std::fprintf(stderr, "  duplicates %llu", static_cast<unsigned long long>(duplicates));
  std::fflush(stderr);
}

void Progress::finish(uint64_t done, uint64_t failures, uint64_t duplicates) {
  if (!enabled_) return;
  update(done, failures, duplicates, true);
  std::fputc('\n', stderr);
}

}  // namespace ws::pipeline
