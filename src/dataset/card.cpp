#include "dataset/card.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>

#include "dataset/file_io.h"

namespace ws::dataset {
namespace {

std::string human_bytes(uint64_t n) {
  static const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(n);
  size_t u = 0;
  while (v >= 1024 && u + 1 < std::size(units)) v /= 1024, ++u;
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return buf;
}

void count_table(std::string& out, const char* what, const std::map<std::string, uint64_t>& counts) {
  if (counts.empty()) return;
  out += "\n| ";
  out += what;
  out += " | records |\n|---|---:|\n";
  for (const auto& [name, n] : counts) out += "| " + name + " | " + std::to_string(n) + " |\n";
}

// A code fence longer than any run of backticks in `text`, so the command line can't close it early.
std::string fence_for(const std::string& text) {
  size_t longest = 0, run = 0;
  for (char c : text) longest = std::max(longest, run = c == '`' ? run + 1 : 0);
  return std::string(std::max<size_t>(3, longest + 1), '`');
}

// The record schema (dataset/record.cpp) as `datasets` features. Without it `load_dataset` infers
// types per file and fails when one shard has only empty lists or nulls where another has strings;
// with it, missing keys (`module`) and null devices load as None. `sequence:` rather than the newer
// `list:` so that datasets 2.x and 3.x read it too.
constexpr const char* kFeaturesHead = R"(dataset_info:
  features:
  - name: id
    dtype: string
  - name: index
    dtype: uint64
  - name: seed
    dtype: uint64
  - name: preset
    dtype: string
  - name: kernel_name
    dtype: string
  - name: mangled_name
    dtype: string
  - name: path
    dtype: string
)";
// Only records of `extract` have these (record.h, Provenance).
constexpr const char* kProvenanceYaml = R"(  - name: source_path
    dtype: string
  - name: source_line
    dtype: int64
  - name: license
    dtype: string
)";
constexpr const char* kFeaturesTail = R"(  - name: python
    dtype: string
  - name: struct_hash
    dtype: string
  - name: features
    sequence: string
  - name: launch
    dtype: string
  - name: verification
    dtype: string
  - name: backend
    dtype: string
  - name: warp_version
    dtype: string
  - name: cpu
    struct:
    - name: forward
      dtype: string
    - name: backward
      dtype: string
    - name: functions
      sequence: string
    - name: module
      dtype: string
  - name: cuda
    struct:
    - name: forward
      dtype: string
    - name: backward
      dtype: string
    - name: functions
      sequence: string
    - name: module
      dtype: string
)";

}  // namespace

std::string render_dataset_card(const CardInfo& info) {
  struct Totals {
    uint64_t records = 0, shards = 0, bytes = 0, uncompressed = 0;
  };
  std::array<Totals, kSplits.size()> per_split{};
  Totals all;
  for (const ShardInfo& s : info.shards) {
    for (Totals* t : {&per_split[static_cast<size_t>(s.split)], &all}) {
      t->records += s.records;
      t->shards += 1;
      t->bytes += s.bytes;
      t->uncompressed += s.uncompressed_bytes;
    }
  }

  std::string out = "---\nconfigs:\n- config_name: default\n  data_files:\n";
  for (Split split : kSplits) {
    if (per_split[static_cast<size_t>(split)].shards == 0) continue;
    const std::string name = split_name(split);
    out += "  - split: " + name + "\n    path: data/" + name + "-*" + format_suffix(info.format) + "\n";
  }
  out += kFeaturesHead;
  if (info.extracted) out += kProvenanceYaml;
  out += kFeaturesTail;
  out += "tags:\n- code\n- warp\n- cuda\n---\n\n";

  out += "# warpsynth dataset\n\n";
  out +=
      "Training pairs of NVIDIA Warp kernels: each record holds a kernel's Python source and the C++/CUDA "
      "that Warp " +
      info.warp_version + " generates for it, produced by warpsynth.\n\n";
  out += "```python\nfrom datasets import load_dataset\nds = load_dataset(\"path/to/this/directory\")\n```\n\n";

  out += "## Contents\n\n| split | records | shards | compressed | uncompressed |\n|---|---:|---:|---:|---:|\n";
  auto row = [&out](const std::string& name, const Totals& t) {
    out += "| " + name + " | " + std::to_string(t.records) + " | " + std::to_string(t.shards) + " | " +
           human_bytes(t.bytes) + " | " + human_bytes(t.uncompressed) + " |\n";
  };
  for (Split split : kSplits) row(split_name(split), per_split[static_cast<size_t>(split)]);
  row("**total**", all);
  count_table(out, "preset", info.per_preset);
  count_table(out, "backend", info.per_backend);

  out +=
      "\nRecords are assigned to splits by their structural hash, so all variants of one program structure "
      "are in the same split. ";
  out += info.format == ShardFormat::Parquet
             ? "Each shard is a Parquet file (zstd-compressed columns, row groups of at most 1000 rows)"
             : "Each shard is a single zstd frame of JSON lines";
  out += "; `manifest.json` lists every shard with its record count, size and sha256.\n";

  const std::string fence = fence_for(info.command_line);
  out += "\n## How it was generated\n\nWarp version: " + info.warp_version + "\n\n" + fence + "sh\n" +
         info.command_line + "\n" + fence + "\n";

  out += "\n## Record fields\n\n" +
         std::string(info.format == ShardFormat::Parquet
                         ? "Each row is one record, with the columns of the features above. A null `launch`, "
                           "`verification` or `cpu.module`/`cuda.module` is a key the record's JSON form does not "
                           "have (`scripts/read_parquet.py` gives the JSON form). "
                         : "Each line is one JSON object. ") +
         "The fields are described in warpsynth's `docs/dataset-format.md` (section \"Record fields\").\n\n";
  out += info.extracted
             ? "The kernels come from existing Python files (`warpsynth extract`). Each record names its file "
               "relative to the project's root (`source_path`), the kernel's line (`source_line`) and the "
               "SPDX license of the file's header (`license`, null when it has none): check that the license "
               "allows your use.\n"
             : "Generated kernels are correct programs for any launch size under their launch contract, the "
               "`launch` field (a JSON object in a string: `json.loads(record[\"launch\"])`): the launch's "
               "dimensionality, each array's shape (`\"launch\"` or a fixed shape), every scalar argument's value, "
               "and the range of the array data. Launched that way, no array access leaves its array, no thread "
               "races another, no integer overflows or divides by zero, and no output or gradient is NaN or Inf.\n";

  if (info.extracted) {
    out += "\n## Statistics\n\n| | |\n|---|---|\n| files read | " + std::to_string(info.files) +
           " |\n| files failed (listed in manifest.json) | " + std::to_string(info.failures) +
           " |\n| kernels compiled | " + std::to_string(info.drawn) + " |\n| structural duplicates dropped | " +
           std::to_string(info.duplicates) + " |\n| native declines compiled by Warp | " +
           std::to_string(info.declined) + " |\n";
  } else if (info.drawn > 0) {
    out += "\n## Statistics\n\n| | |\n|---|---|\n| kernels drawn | " + std::to_string(info.drawn) +
           " |\n| structural duplicates dropped | " + std::to_string(info.duplicates) +
           " |\n| failed (listed in manifest.json) | " + std::to_string(info.failures) + " |\n";
    for (const auto& [reason, n] : info.failure_reasons)
      out += "| failed: " + reason + " | " + std::to_string(n) + " |\n";
    out += "| native declines compiled by Warp | " + std::to_string(info.declined) +
           " |\n\nRun `warpsynth stats DIR` for builtins, features, size distributions and naturalness.\n";
  }
  return out;
}

void write_dataset_card(const std::filesystem::path& dir, const CardInfo& info) {
  write_file_atomic(dir / "README.md", render_dataset_card(info));
}

}  // namespace ws::dataset
