// One training pair: a Warp kernel's Python and the C++/CUDA Warp generates for it. Records are built
// from a backend's ModuleIr by the same code whichever backend produced it, and serialized as one
// JSON line with a fixed field order (docs/dataset-format.md), so equal inputs give equal bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/backend_kind.h"
#include "core/module_ir.h"

namespace ws {

// Views into the module text the kernel was split from, which must outlive them: records are
// serialized right after they are built, and copying tens of KB per device first cost more than
// the splitting itself.
struct DeviceIr {
  std::string_view forward;                 // the kernel's forward function, as Warp emits it
  std::string_view backward;                // the kernel's backward (adjoint) function
  std::vector<std::string_view> functions;  // user @wp.func C++ the kernel reaches (forward and adjoint)
  std::string_view module;                  // whole translation unit; only with --full-module
};

// Where an extracted kernel comes from (`extract`; generated records have none, and no such keys).
struct Provenance {
  std::string source_path;             // the file relative to its project's root, '/'-separated
  int source_line = 0;                 // the kernel's line: its first decorator's (KernelInfo::line)
  std::optional<std::string> license;  // the SPDX-License-Identifier in the file's header comment
};

struct Record {
  std::string id;  // first 16 hex digits of sha256(python)
  uint64_t index = 0;
  uint64_t seed = 0;
  std::string preset;  // generator preset, or "extract" for user files
  std::string kernel_name;
  std::string mangled_name;
  std::string path;  // virtual file name the module was compiled under (appears in `// path:line`)
  std::optional<Provenance> provenance;
  std::string python;
  std::string struct_hash;
  std::vector<std::string> features;
  // Generated kernels: the launch contract (gen/contract.h), and with `generate --verify run` what the
  // run found (verify/verify.h): JSON objects written as JSON strings, so that the dataset's schema stays
  // fixed (their keys are the kernel's parameter names).
  std::string launch;
  std::string verification;
  BackendKind backend = BackendKind::None;
  std::string warp_version;
  std::optional<DeviceIr> cpu;
  std::optional<DeviceIr> cuda;
};

// Pulls one kernel's forward, backward and reachable functions out of a device's module text (views
// into module.source).
// Throws std::runtime_error if the module does not contain the kernel (a backend bug).
DeviceIr split_kernel(const DeviceModule& module, const KernelInfo& kernel, bool keep_module);
DeviceIr split_kernel(DeviceModule&& module, const KernelInfo& kernel, bool keep_module) = delete;  // would dangle

// Serializes a record as one JSON object followed by '\n'.
std::string to_json_line(const Record& r);

// Appends `s` to `out` as a JSON string literal (with quotes).
void append_json_string(std::string& out, std::string_view s);

// First 16 hex digits of sha256(data).
std::string short_sha256(std::string_view data);

}  // namespace ws
