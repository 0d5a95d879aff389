// Dataset statistics for `warpsynth stats`: what a dataset holds (presets, features, Warp builtins,
// sizes) and how diverse it is (structural uniqueness), computed in one streaming pass.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ws::dataset {

// Warp builtins a kernel calls: `wp.NAME(` (constructors like wp.vec3 included; array declarations,
// wp.constant and decorators excluded) and Python builtins Warp overloads (min, max, abs, float, ...).
std::vector<std::string> builtins_called(std::string_view python);

struct DatasetStats {
  uint64_t records = 0;
  std::map<std::string, uint64_t> per_split, per_preset, per_backend;
  std::map<std::string, uint64_t> features;  // records with the feature
  std::map<std::string, uint64_t> builtins;  // records calling the builtin
  std::unordered_set<std::string> structures;
  std::vector<uint32_t> python_lines;  // per record, non-blank lines of the module
  std::vector<uint32_t> ir_bytes;      // per record, forward + backward over all devices

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
