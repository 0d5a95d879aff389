// The records `warpsynth extract` gives for one compiled user file: preset "extract", seed 0, index i
// for the file's i-th kernel and, when the job has its project (pipeline/project.h), the provenance
// (path in the project, kernel line, SPDX license). The CLI and the Python package build theirs here.
#pragma once

#include <string>
#include <vector>

#include "dataset/record.h"
#include "pipeline/backend.h"

namespace ws::pipeline {

// `compiled` must be ok and outlive the records (they view its module texts). `kernel` non-empty keeps
// only that kernel (its index is then 0); an empty result means the file has no kernel of that name.
std::vector<Record> extract_records(const Compiled& compiled, const Job& file, const std::string& warp_version,
                                    bool full_module, const std::string& kernel);
std::vector<Record> extract_records(Compiled&& compiled, const Job& file, const std::string& warp_version,
                                    bool full_module, const std::string& kernel) = delete;  // would dangle

}  // namespace ws::pipeline
