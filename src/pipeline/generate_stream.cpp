#include "pipeline/generate_stream.h"

#include <utility>

#include "dataset/seen_set.h"
#include "pipeline/local_run.h"

namespace ws::pipeline {

GenerateStream::GenerateStream(GenerateOptions options) : options_(std::move(options)), run_(options_) {
  run_.start_backend();
  summary_.warp_version = run_.warp_version;
  thread_ = std::thread([this] { work(); });
}

GenerateStream::~GenerateStream() {
  close();
}

void GenerateStream::work() {
  GenerateSummary s;
  s.warp_version = run_.warp_version;
  try {
    dataset::SeenSet seen;
    std::vector<Record> batch;
    run_local(
        run_, seen, s,
        [&](Item& item, dataset::Split split) {
          batch.push_back({std::move(item.line), split});
        },
        [&] {
          std::unique_lock lock(mu_);
          summary_ = s;
          if (!batch.empty()) space_cv_.wait(lock, [&] { return ready_.size() < kMaxReady || stopping_; });
          if (stopping_) return true;  // closed: nothing more reaches the reader
          if (!batch.empty()) {
            ready_.push_back(std::move(batch));
            batch.clear();
            ready_cv_.notify_all();
          }
          return false;
        });
    s.seconds = run_.seconds();
    std::lock_guard lock(mu_);
    summary_ = s;
  } catch (...) {
    std::lock_guard lock(mu_);
    error_ = std::current_exception();
  }
  std::lock_guard lock(mu_);
  finished_ = true;
  ready_cv_.notify_all();
}

std::vector<GenerateStream::Record> GenerateStream::next() {
  std::unique_lock lock(mu_);
  ready_cv_.wait(lock, [&] { return !ready_.empty() || finished_; });
  if (!ready_.empty()) {
    std::vector<Record> batch = std::move(ready_.front());
    ready_.pop_front();
    space_cv_.notify_all();
    return batch;
  }
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  return {};
}

void GenerateStream::close() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    ready_.clear();
  }
  space_cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

GenerateSummary GenerateStream::summary() const {
  std::lock_guard lock(mu_);
  return summary_;
}

}  // namespace ws::pipeline
