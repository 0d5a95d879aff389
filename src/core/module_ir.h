// What a backend (real Warp through the reference workers, or the native C++ codegen) returns for one
// Python source file: the whole generated translation unit per device plus the kernels it holds.
// Everything downstream (splitting into forward/backward/functions, records, comparison) works on this
// shape, so both backends are judged by exactly the same code.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/device.h"

namespace ws {

struct KernelInfo {
  std::string name;     // Python name, e.g. "k"
  std::string mangled;  // Warp's mangled C++ name, e.g. "k_194b9d25"
  int line = 0;         // 1-based first line of the definition (its first decorator), as co_firstlineno
};

struct DeviceModule {
  Device device;
  std::string source;  // the whole translation unit, exactly as ModuleBuilder.codegen(device) returns it
};

struct ModuleIr {
  std::vector<KernelInfo> kernels;    // in module order (Warp's unique-kernel order)
  std::vector<DeviceModule> devices;  // in the order requested
};

// Error: the input is invalid (Warp rejects it too). Unsupported: native declines what Warp accepts;
// the caller hands the kernel to real Warp. Environment: real Warp could not even import the file here
// (an ImportError: a module such as torch or cupy is not installed), so nothing says whether the file
// is valid; `diff` counts it apart from mismatches.
enum class DiagnosticKind : uint8_t { Error, Unsupported, Environment };

// A failure with a position: `file:line:col: error: message` (or `unsupported:` for native declines).
struct Diagnostic {
  std::string file;
  int line = 0;  // 1-based; 0 when unknown
  int col = 0;   // 1-based; 0 when unknown
  DiagnosticKind kind = DiagnosticKind::Error;
  std::string message;
  std::string str() const;
};

}  // namespace ws
