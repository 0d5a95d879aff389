// Builds the dataset records for the kernels of one compiled module. Shared by `generate`, `extract`
// and `diff`, so both backends are turned into records by exactly the same code.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dataset/record.h"
#include "pipeline/backend.h"

namespace ws::pipeline {

struct RecordMeta {
  std::string python;  // the module text
  std::string path;    // virtual file name it was compiled under
  std::string preset;
  uint64_t seed = 0;
  uint64_t index = 0;
  std::vector<std::string> features;
  std::string launch;  // the launch contract (generated kernels only)
  std::string warp_version;
  bool full_module = false;
  std::string struct_hash;   // struct_hash(python) when the caller already has it; computed when empty
  std::string verification;  // the `verification` object (generate --verify run only)
  // `extract`: where the file comes from; each record adds its kernel's line (Provenance::source_line).
  std::optional<Provenance> provenance = {};
};

// One record per kernel in `compiled.ir` (all of them when `only_kernel` is empty). Their DeviceIr
// views into compiled.ir's module texts: keep `compiled` alive while the records are used.
std::vector<Record> build_records(const Compiled& compiled, const RecordMeta& meta,
                                  const std::string& only_kernel = {});
std::vector<Record> build_records(Compiled&& compiled, const RecordMeta& meta,
                                  const std::string& only_kernel = {}) = delete;  // would dangle

}  // namespace ws::pipeline
