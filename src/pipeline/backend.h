// Turns Python modules into ModuleIr with the chosen backend. `native` runs the C++ codegen and hands
// every kernel it declines to real Warp, so callers always get Warp-exact output or a failure, plus
// the reason native declined (counted in manifests).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/backend_kind.h"
#include "core/device.h"
#include "core/module_ir.h"
#include "frontend/tokenizer.h"
#include "pipeline/project.h"
#include "reference/worker_pool.h"

namespace ws::pipeline {

// "warp" | "native" (the backends a command can run); throws std::invalid_argument.
BackendKind parse_backend(const std::string& name);

struct Job {
  std::string source;
  std::string path;                     // virtual file name
  std::optional<Project> project = {};  // user files: compiled inside their project (project.h)
};

struct Compiled {
  bool ok = false;
  ModuleIr ir;                              // when ok
  Diagnostic diagnostic;                    // when !ok
  BackendKind backend = BackendKind::None;  // who produced `ir` (or failed)
  std::optional<Diagnostic> declined;       // native's reason when the kernel fell back to Warp
  double warp_seconds = 0;                  // time spent inside Warp (reference only)
};

class Backend {
 public:
  Backend(BackendKind kind, int jobs, std::vector<Device> devices,
          reference::PoolOptions pool = reference::default_pool_options());
  ~Backend();

  // Result i answers job i. Thread count is `jobs` for both backends. Any method may be called from
  // several threads: batches for the Warp workers then run one at a time.
  std::vector<Compiled> compile(const std::vector<Job>& jobs);
  // The two halves of a native compile, for callers that run the native part inside their own
  // parallel loop: compile_native never touches Warp (a decline comes back !ok with `declined` set);
  // fall_back then sends every declined result to real Warp (results[i] answers jobs[i]).
  // `tokens`, when given, is frontend::tokenize(source), already done by the caller; it is moved from.
  // `project`, for a user file: its imports of the project's modules are declined (unseen_import),
  // its star imports read there (import_search).
  Compiled compile_native(std::string_view source, std::string_view path,
                          std::vector<frontend::Token>* tokens = nullptr, const Project* project = nullptr) const;
  void fall_back(const std::vector<Job>& jobs, std::vector<Compiled>& results);
  BackendKind kind() const { return kind_; }
  // The Warp version records carry: the workers' (checked against the pin) or the pinned one.
  std::string warp_version();
  int worker_restarts() const { return pool_ ? pool_->restarts() : 0; }

 private:
  reference::WorkerPool& pool();
  std::vector<Compiled> compile_reference(const std::vector<Job>& jobs);

  BackendKind kind_;
  int jobs_;
  std::vector<Device> devices_;
  reference::PoolOptions pool_options_;
  std::mutex pool_mu_;                           // held while pool_ is started or runs a batch
  std::unique_ptr<reference::WorkerPool> pool_;  // started on first use
};

}  // namespace ws::pipeline
