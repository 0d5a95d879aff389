// `extract --out`: the records of user files written as a dataset directory, through the same output
// layer as `generate` (output directory policy, DatasetWriter shards, splits, manifest.json and the
// card). Dedup and splits are by the file's structural hash: a record's `python` is its whole file,
// so a file whose structure an earlier file already has adds nothing new, and all kernels of one file
// go to one split. There is no checkpoint: a killed run is rerun with --force.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/backend_kind.h"
#include "core/module_ir.h"
#include "dataset/seen_set.h"
#include "dataset/shard_writer.h"
#include "dataset/split.h"

namespace ws::pipeline {

// What one file gave `extract`.
struct ExtractedFile {
  std::string file;                    // as given or walked
  std::string records;                 // its JSON lines, one per kernel, in Warp's module order
  std::string messages;                // what it printed on stderr: failure, decline
  std::string struct_hash;             // of the file, when it has records
  std::string failure;                 // why it has no records; empty when it has
  bool environment = false;            // the failure is Warp's ImportError (DiagnosticKind::Environment)
  std::optional<Diagnostic> declined;  // native's reason, when Warp compiled it instead
  BackendKind backend = BackendKind::None;
  size_t kernels = 0;
};

struct ExtractDatasetOptions {
  std::filesystem::path out;
  bool force = false;
  bool dedup = true;
  std::string split_ratios = "0.9,0.05,0.05";
  uint64_t shard_bytes = uint64_t{256} << 20;
  int zstd_level = 1;
  dataset::ShardFormat format = dataset::ShardFormat::JsonlZst;
  std::string command_line;
  nlohmann::ordered_json options;  // the run's options that shape the records (manifest.json `options`)
};

struct ExtractSummary {
  uint64_t files = 0, failed = 0, environment = 0, kernels = 0, written = 0, duplicates = 0, declined = 0;
  std::map<std::string, uint64_t> per_split, per_backend, decline_reasons;
  std::vector<std::pair<std::string, std::string>> failures;  // file, reason
  double seconds = 0;
};

class ExtractDataset {
 public:
  // Prepares the output directory (dataset/output_dir.h: empty, or --force) and opens the shards.
  ExtractDataset(const ExtractDatasetOptions& options, std::string warp_version);
  // Files in their order: the bytes depend on it.
  void add(const ExtractedFile& file);
  // Commits the shards, writes manifest.json and README.md.
  ExtractSummary finish();

 private:
  ExtractDatasetOptions options_;
  std::string warp_version_;
  std::chrono::steady_clock::time_point start_;
  dataset::SplitRatios ratios_;
  std::unique_ptr<dataset::DatasetWriter> writer_;
  dataset::SeenSet seen_;
  ExtractSummary s_;
};

}  // namespace ws::pipeline
