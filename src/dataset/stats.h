// Dataset statistics for `warpsynth stats`: what a dataset holds (presets, features, Warp builtins,
// sizes), how diverse it is (structural uniqueness) and how natural its kernels read (naturalness.h),
// computed in one streaming pass.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dataset/naturalness.h"

namespace ws::dataset {

// Warp builtins a kernel calls: `wp.NAME(` (constructors like wp.vec3 included; array declarations,
// wp.constant and decorators excluded) and Python builtins Warp overloads (min, max, abs, float, ...).
// Python that does not tokenize calls none.
std::vector<std::string> builtins_called(std::string_view python);

// Naturalness measures (naturalness.h) and the contract fields records carry, over a set of records.
struct NaturalnessCounts {
  uint64_t records = 0;
  uint64_t not_analysed = 0;                                               // Python that does not parse
  uint64_t dead_locals = 0, overwritten_stores = 0, constant_indices = 0;  // analysed records with it
  uint64_t subscripts = 0, guarded = 0;  // array subscripts over the analysed records, and the guarded ones
  uint64_t launch = 0;                   // records with a `launch` contract
  uint64_t verification = 0;             // records with a `verification` field

  // `n`: analyse_naturalness of the record's Python.
  void add(const std::optional<Naturalness>& n, bool has_launch, bool has_verification);
  uint64_t analysed() const { return records - not_analysed; }
};

struct DatasetStats {
  uint64_t records = 0;
  std::map<std::string, uint64_t> per_split, per_preset, per_backend;
  std::map<std::string, uint64_t> features;  // records with the feature
  std::map<std::string, uint64_t> builtins;  // records calling the builtin
  std::unordered_set<std::string> structures;
  std::vector<uint32_t> python_lines;  // per record, non-blank lines of the module
  std::vector<uint32_t> ir_bytes;      // per record, forward + backward over all devices
  NaturalnessCounts naturalness;
  std::map<std::string, NaturalnessCounts> naturalness_per_preset;

  void add(std::string_view json_line, std::string_view split);
  double uniqueness() const {
    return records ? static_cast<double>(structures.size()) / static_cast<double>(records) : 0;
  }
};

DatasetStats compute_stats(const std::filesystem::path& dir);

// Plain-text report.
std::string render_text(const DatasetStats& s);
// Self-contained HTML page with inline SVG charts (no scripts, no external files).
std::string render_html(const DatasetStats& s, const std::string& title);

}  // namespace ws::dataset
