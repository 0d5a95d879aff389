// manifest.json, the one file that says what a dataset directory holds: written by `generate` and by
// `extract --out` alike (docs/dataset-format.md), in this key order. Each command brings its own
// `options` and `counts`.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dataset/shard_info.h"

namespace ws::pipeline {

struct ManifestInfo {
  std::string warp_version;
  std::string command_line;
  nlohmann::ordered_json options;
  nlohmann::ordered_json counts;
  std::vector<dataset::ShardInfo> shards;  // in the order a reader takes them (split, then index)
  double seconds = 0;
};

// Writes DIR/manifest.json atomically, with the current UTC time as `created`.
void write_manifest(const std::filesystem::path& dir, const ManifestInfo& info);

}  // namespace ws::pipeline
