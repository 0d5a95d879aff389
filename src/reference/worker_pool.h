// The reference backend: a pool of long-lived Python workers running real Warp's codegen. The pool
// hides worker failures: a worker that dies or hangs is restarted and its request retried once; a
// second failure comes back as a failed Response, so one bad kernel never stops a batch.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "reference/protocol.h"

namespace ws::reference {

class WorkerProcess;

struct PoolOptions {
  int jobs = 1;
  std::string python;  // interpreter with warp-lang installed
  std::string script;  // python/warp_worker.py
  // Per request; a worker silent for longer is killed. A module calling wp.tile_matmul makes Warp compile
  // three cuBLASDx LTOs with libmathdx per GEMM shape for its CUDA code (30-60 s each on 2 cores, cached in
  // ~/.cache/warp after), so a cold cache needs minutes for one request.
  double timeout_s = 900;
  double startup_timeout_s = 120;  // importing Warp
};

// Python from $WARPSYNTH_PYTHON, else the repo's .venv; the worker script beside the sources.
PoolOptions default_pool_options();

class WorkerPool {
 public:
  explicit WorkerPool(PoolOptions options);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Runs every request on the pool; result i answers request i. One batch at a time.
  std::vector<Response> run_batch(const std::vector<Request>& requests);
  Response run(const Request& request);

  // The Warp version the workers run. Throws if it differs from the pinned one (WARP_VERSION).
  const std::string& warp_version();
  int restarts() const { return restarts_; }
  int jobs() const { return static_cast<int>(workers_.size()); }

 private:
  struct Slot;
  void ensure_started(Slot& slot);
  Response run_on(Slot& slot, const Request& request);

  PoolOptions options_;
  std::vector<std::unique_ptr<Slot>> workers_;
  std::string warp_version_;
  int restarts_ = 0;
  uint64_t next_id_ = 1;
};

}  // namespace ws::reference
