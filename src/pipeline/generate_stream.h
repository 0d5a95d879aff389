// `generate` without a directory: the records a one-process run writes to its shards
// (pipeline/local_run.h), in index order and each with its split, pulled in batches by a reader on
// another thread (the Python package's iterator, src/python/). The run goes on in a thread of its own
// (with options.jobs workers, that thread among them) and stays at most a few chunks ahead of the
// reader, so memory stays flat however many records are asked for and the reader's own work (parsing
// the JSON, say) overlaps the production of the next records.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "dataset/split.h"
#include "pipeline/generate.h"
#include "pipeline/generate_run.h"

namespace ws::pipeline {

class GenerateStream {
 public:
  struct Record {
    std::string line;  // the JSON line the CLI writes, '\n' included
    dataset::Split split;
  };

  // Checks the options (std::invalid_argument), starts the backend and the run. Only the options that
  // shape records apply: out, resume, force, shard_bytes, zstd_level and quiet are not used.
  explicit GenerateStream(GenerateOptions options);
  ~GenerateStream();  // close()
  GenerateStream(const GenerateStream&) = delete;
  GenerateStream& operator=(const GenerateStream&) = delete;

  // The next records in index order, at least one; empty once the count is reached or after close().
  // Blocks until they are ready. Rethrows the run's error once the records before it are read.
  std::vector<Record> next();
  // Stops the run where it is (chunks being produced are finished, then dropped) and waits for it.
  void close();
  // The run's counters so far (as manifest.json's `counts`); complete once next() returned empty.
  GenerateSummary summary() const;

 private:
  void work();

  // Batches (one per consumed chunk) the run may hold ready before the reader takes them.
  static constexpr size_t kMaxReady = 4;

  const GenerateOptions options_;
  GenerateRun run_;  // refers to options_
  mutable std::mutex mu_;
  std::condition_variable ready_cv_, space_cv_;
  std::deque<std::vector<Record>> ready_;
  GenerateSummary summary_;  // a copy of the run's counters, taken after each chunk
  bool stopping_ = false, finished_ = false;
  std::exception_ptr error_;
  std::thread thread_;  // last: started once everything above exists
};

}  // namespace ws::pipeline
