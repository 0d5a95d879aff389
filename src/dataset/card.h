// The dataset card, DIR/README.md: YAML front matter that tells HF `datasets` where each split's
// shards are and what the record schema is (so `load_dataset(DIR)` needs no arguments and no type
// guessing), then a summary for people.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "dataset/shard_format.h"
#include "dataset/shard_info.h"

namespace ws::dataset {

struct CardInfo {
  std::string warp_version;
  std::string command_line;                     // as the user typed it, shown verbatim
  std::vector<ShardInfo> shards;                // DatasetWriter::finish(); per-split counts come from it
  ShardFormat format = ShardFormat::JsonlZst;   // the shards' (the data_files globs and the text say it)
  std::map<std::string, uint64_t> per_preset;   // records per generator preset
  std::map<std::string, uint64_t> per_backend;  // records per backend, named as backend_name() spells it
  // The run's counts, for "## Statistics" (a card without a run, drawn == 0, has no such section).
  uint64_t drawn = 0, duplicates = 0, failures = 0, declined = 0;
  std::map<std::string, uint64_t> failure_reasons;  // failures by kind ("verify: nan", ...)
  // `extract --out`: records of user files, which carry provenance (source_path, source_line, license:
  // in the schema only then, so that generated datasets keep their card). `drawn` then counts the
  // kernels compiled, `failures` the files that failed, out of `files`.
  bool extracted = false;
  uint64_t files = 0;
};

// Renders the card. Only splits with shards get a data_files entry: a glob that matches nothing
// makes `load_dataset` fail.
std::string render_dataset_card(const CardInfo& info);

// Writes render_dataset_card(info) to dir/README.md atomically.
void write_dataset_card(const std::filesystem::path& dir, const CardInfo& info);

}  // namespace ws::dataset
