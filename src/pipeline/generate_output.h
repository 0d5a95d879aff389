// What a finished `generate` leaves beside its shards, and the options that shape its bytes: the
// fingerprint a resumed run must match, manifest.json and the dataset card (README.md).
#pragma once

#include <string>
#include <vector>

#include "dataset/shard_info.h"
#include "pipeline/generate.h"

namespace ws::pipeline {

// Everything that decides the records' bytes: a resumed run must match it exactly. `ranks` is the MPI
// rank count, 0 for a process started without MPI (whose fingerprint has no `ranks` key).
std::string fingerprint(const GenerateOptions& o, const std::vector<std::string>& presets, const std::string& warp,
                        int ranks);

// manifest.json, then README.md; `shards` in the order a reader takes them (split, then index).
void write_outputs(const GenerateOptions& o, const std::vector<std::string>& presets, const GenerateSummary& s,
                   const std::vector<dataset::ShardInfo>& shards, int ranks);

}  // namespace ws::pipeline
