#include "reference/worker_pool.h"

#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "core/parallel.h"
#include "reference/worker_process.h"

namespace ws::reference {

struct WorkerPool::Slot {
  explicit Slot(std::vector<std::string> argv) : process(std::move(argv)) {}
  WorkerProcess process;
  bool hello_seen = false;
  std::string version;
};

PoolOptions default_pool_options() {
  PoolOptions o;
  const std::filesystem::path root = WS_SOURCE_DIR;
  const char* py = std::getenv("WARPSYNTH_PYTHON");
  o.python = py && *py ? py : (root / ".venv" / "bin" / "python").string();
  o.script = (root / "src" / "reference" / "python" / "warp_worker.py").string();
  return o;
}

WorkerPool::WorkerPool(PoolOptions options) : options_(std::move(options)) {
  // A dying worker must not take us down through SIGPIPE; write errors are handled instead.
  signal(SIGPIPE, SIG_IGN);
  if (!std::filesystem::exists(options_.python))
    throw std::runtime_error("Python interpreter not found: " + options_.python +
                             " (run `make setup`, or set WARPSYNTH_PYTHON)");
  if (!std::filesystem::exists(options_.script))
    throw std::runtime_error("reference worker script not found: " + options_.script);
  const int jobs = options_.jobs < 1 ? 1 : options_.jobs;
  for (int i = 0; i < jobs; ++i) {
    workers_.push_back(std::make_unique<Slot>(std::vector<std::string>{options_.python, "-u", options_.script}));
    workers_.back()->process.start();  // all workers import Warp concurrently
  }
}

WorkerPool::~WorkerPool() = default;

void WorkerPool::ensure_started(Slot& slot) {
  if (!slot.process.running()) {
    slot.process.start();
    slot.hello_seen = false;
  }
  if (slot.hello_seen) return;
  bool timed_out = false;
  auto line = slot.process.read_line(options_.startup_timeout_s, &timed_out);
  if (!line) {
    slot.process.stop();
    throw std::runtime_error(timed_out ? "reference worker did not start within the startup timeout"
                                       : "reference worker exited during start-up (is warp-lang installed?)");
  }
  slot.version = decode_hello(*line);
  if (slot.version != WS_WARP_VERSION)
    throw std::runtime_error("reference worker runs Warp " + slot.version + " but warpsynth is pinned to " +
                             WS_WARP_VERSION + " (see WARP_VERSION; run `make setup`)");
  slot.hello_seen = true;
}

const std::string& WorkerPool::warp_version() {
  if (warp_version_.empty()) {
    ensure_started(*workers_.front());
    warp_version_ = workers_.front()->version;
  }
  return warp_version_;
}

Response WorkerPool::run_on(Slot& slot, const Request& request) {
  std::string why;
  for (int attempt = 0; attempt < 2; ++attempt) {
    ensure_started(slot);
    const uint64_t id = __atomic_fetch_add(&next_id_, 1, __ATOMIC_RELAXED);
    bool timed_out = false;
    std::optional<std::string> line;
    if (slot.process.write_line(encode_request(id, request)))
      line = slot.process.read_line(options_.timeout_s, &timed_out);
    if (line) {
      try {
        return decode_response(*line, id);
      } catch (const std::exception& e) {
        why = e.what();
      }
    } else {
      why = timed_out
                ? "reference worker timed out after " + std::to_string(static_cast<int>(options_.timeout_s)) + " s"
                : "reference worker died";
    }
    slot.process.stop();  // restart on the next attempt (or the next request)
    __atomic_fetch_add(&restarts_, 1, __ATOMIC_RELAXED);
  }
  Response r;
  r.diagnostic.file = request.path;
  r.diagnostic.message = why + " (twice; request abandoned)";
  return r;
}

Response WorkerPool::run(const Request& request) {
  return run_on(*workers_.front(), request);
}

std::vector<Response> WorkerPool::run_batch(const std::vector<Request>& requests) {
  // Each thread owns one worker slot; requests go to whichever worker is free next.
  std::vector<Response> out(requests.size());
  std::atomic<size_t> next{0};
  parallel_for(std::min(workers_.size(), requests.size()), static_cast<int>(workers_.size()), [&](size_t w) {
    try {
      for (size_t i; (i = next.fetch_add(1)) < requests.size();) out[i] = run_on(*workers_[w], requests[i]);
    } catch (...) {  // a worker that cannot start (no Python, wrong Warp) stops the whole batch
      next = requests.size();
      throw;
    }
  });
  return out;
}

}  // namespace ws::reference
