// What warpsynth.codegen() and warpsynth.extract() run: user files compiled by a pipeline::Backend
// and turned into the records `warpsynth extract` prints (pipeline/extract_records.h). One Compiler
// lives as long as the Python package keeps it, so its Warp workers start once, not once per call.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/device.h"
#include "core/module_ir.h"
#include "pipeline/backend.h"

namespace ws::python {

// One file's outcome: its records' JSON lines, or the error that stopped it.
struct FileResult {
  std::vector<std::string> lines;      // empty when `error` is set
  std::optional<Diagnostic> error;     // FILE:LINE:COL error, or a native decline Warp could not take
  std::optional<Diagnostic> declined;  // native's reason for handing the file to Warp
  bool no_such_kernel = false;         // compiled, but `kernel` named none of its kernels
  std::vector<std::string> kernels;    // then the kernels it has
};

class Compiler {
 public:
  // `warp`: whether real Warp may be used (`pool` names an interpreter that has it). Without it the
  // native backend's declines come back as errors of kind Unsupported, and the warp backend refuses.
  Compiler(BackendKind backend, std::vector<Device> devices, int jobs, reference::PoolOptions pool, bool warp);

  // Result i answers files[i]. Thread-safe; touches no Python object (callers release the GIL).
  std::vector<FileResult> compile(const std::vector<pipeline::Job>& files, bool full_module, const std::string& kernel);

 private:
  pipeline::Backend backend_;
  bool warp_;
};

}  // namespace ws::python
