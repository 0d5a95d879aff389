#include "dataset/stats.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "dataset/shard_reader.h"
#include "frontend/tokenizer.h"

namespace ws::dataset {
namespace {

// `wp.X(` calls that declare rather than compute.
constexpr std::array kNotBuiltins = {"kernel",  "func",    "struct",  "constant",     "array",     "array1d",
                                     "array2d", "array3d", "array4d", "indexedarray", "func_grad", "func_replay"};
// Python names that Warp resolves to its own builtins.
constexpr std::array kPythonBuiltins = {"min", "max", "abs", "float", "int", "bool", "len", "round"};

template <size_t N>
bool in(const std::array<const char*, N>& table, std::string_view name) {
  return std::any_of(table.begin(), table.end(), [&](const char* t) { return name == t; });
}

std::string split_of(const std::filesystem::path& shard) {
  const std::string name = shard.filename().string();
  return name.substr(0, name.find('-'));
}

// Histogram of `values` in `bins` equal-width bins between min and max.
std::vector<std::pair<std::string, uint64_t>> histogram(const std::vector<uint32_t>& values, int bins) {
  std::vector<std::pair<std::string, uint64_t>> out;
  if (values.empty()) return out;
  const auto [lo_it, hi_it] = std::minmax_element(values.begin(), values.end());
  const uint32_t lo = *lo_it, hi = *hi_it;
  const uint32_t width = std::max<uint32_t>(1, (hi - lo + static_cast<uint32_t>(bins)) / static_cast<uint32_t>(bins));
  std::vector<uint64_t> counts(static_cast<size_t>(bins), 0);
  for (uint32_t v : values) counts[std::min<size_t>((v - lo) / width, static_cast<size_t>(bins) - 1)]++;
  for (int b = 0; b < bins; ++b) {
    const uint32_t from = lo + width * static_cast<uint32_t>(b);
    out.emplace_back(std::to_string(from) + "-" + std::to_string(from + width - 1), counts[static_cast<size_t>(b)]);
  }
  return out;
}

std::string percent(uint64_t n, uint64_t total) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", total ? 100.0 * static_cast<double>(n) / static_cast<double>(total) : 0.0);
  return buf;
}

std::string quantiles(std::vector<uint32_t> v) {
  if (v.empty()) return "n/a";
  std::sort(v.begin(), v.end());
  auto q = [&](double p) { return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))]; };
  return "min " + std::to_string(v.front()) + ", p10 " + std::to_string(q(0.1)) + ", median " + std::to_string(q(0.5)) +
         ", p90 " + std::to_string(q(0.9)) + ", max " + std::to_string(v.back());
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Horizontal bar chart as inline SVG.
std::string svg_bars(const std::vector<std::pair<std::string, uint64_t>>& rows, const std::string& title) {
  if (rows.empty()) return "";
  uint64_t top = 1;
  for (const auto& r : rows) top = std::max(top, r.second);
  const int row_h = 16, label_w = 190, bar_w = 420, h = row_h * static_cast<int>(rows.size()) + 28;
  std::string s = "<figure><figcaption>" + html_escape(title) +
                  "</figcaption><svg xmlns='http://www.w3.org/2000/svg' width='" +
                  std::to_string(label_w + bar_w + 80) + "' height='" + std::to_string(h) +
                  "' font-size='11' font-family='sans-serif'>";
  for (size_t i = 0; i < rows.size(); ++i) {
    const int y = 8 + row_h * static_cast<int>(i);
    const int w =
        static_cast<int>(static_cast<double>(bar_w) * static_cast<double>(rows[i].second) / static_cast<double>(top));
    s += "<text x='" + std::to_string(label_w - 6) + "' y='" + std::to_string(y + 11) + "' text-anchor='end'>" +
         html_escape(rows[i].first) + "</text><rect x='" + std::to_string(label_w) + "' y='" + std::to_string(y + 2) +
         "' width='" + std::to_string(std::max(w, 1)) + "' height='" + std::to_string(row_h - 4) +
         "' fill='#4c78a8'/><text x='" + std::to_string(label_w + w + 4) + "' y='" + std::to_string(y + 11) + "'>" +
         std::to_string(rows[i].second) + "</text>";
  }
  return s + "</svg></figure>\n";
}

std::vector<std::pair<std::string, uint64_t>> sorted_by_count(const std::map<std::string, uint64_t>& m, size_t limit) {
  std::vector<std::pair<std::string, uint64_t>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (v.size() > limit) v.resize(limit);
  return v;
}

// The naturalness table: one row for the dataset ("all") and one per preset. Measures are percent of
// the analysed records; guarded is percent of their array subscripts; launch is percent of records.
constexpr std::array<std::string_view, 6> kNaturalnessColumns = {
    "records", "dead locals", "overwritten stores", "constant indices", "guarded", "launch contract"};

std::vector<std::pair<std::string, std::array<std::string, 6>>> naturalness_rows(const DatasetStats& s) {
  auto row = [](const NaturalnessCounts& n) {
    return std::array<std::string, 6>{std::to_string(n.records),
                                      percent(n.dead_locals, n.analysed()),
                                      percent(n.overwritten_stores, n.analysed()),
                                      percent(n.constant_indices, n.analysed()),
                                      percent(n.guarded, n.subscripts),
                                      percent(n.launch, n.records)};
  };
  std::vector<std::pair<std::string, std::array<std::string, 6>>> rows = {{"all", row(s.naturalness)}};
  for (const auto& [preset, n] : s.naturalness_per_preset) rows.emplace_back(preset, row(n));
  return rows;
}

std::string naturalness_footer(const DatasetStats& s) {
  const NaturalnessCounts& n = s.naturalness;
  return "array subscripts: " + std::to_string(n.subscripts) +
         "; not analysed (Python does not parse): " + std::to_string(n.not_analysed) +
         "; records with verification: " + std::to_string(n.verification) + " (" + percent(n.verification, n.records) +
         ")";
}

}  // namespace

std::vector<std::string> builtins_called(std::string_view python) {
  using frontend::TokKind;
  std::vector<frontend::Token> t;
  try {
    t = frontend::tokenize(python);
  } catch (const frontend::SyntaxError&) {
    return {};
  }
  std::set<std::string> found;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].kind != TokKind::Name || t[i + 1].kind != TokKind::Op || t[i + 1].text != "(") continue;
    const bool after_wp = i >= 2 && t[i - 1].text == "." && t[i - 2].text == "wp" && (i < 3 || t[i - 3].text != ".");
    const bool bare = i == 0 || t[i - 1].text != ".";
    if (after_wp && !in(kNotBuiltins, t[i].text)) found.insert(std::string(t[i].text));
    if (bare && in(kPythonBuiltins, t[i].text)) found.insert(std::string(t[i].text));
  }
  return {found.begin(), found.end()};
}

void NaturalnessCounts::add(const std::optional<Naturalness>& n, bool has_launch, bool has_verification) {
  ++records;
  launch += has_launch;
  verification += has_verification;
  if (!n) {
    ++not_analysed;
    return;
  }
  dead_locals += n->dead_local;
  overwritten_stores += n->overwritten_store;
  constant_indices += n->constant_index;
  subscripts += n->subscripts;
  guarded += n->guarded;
}

void DatasetStats::add(std::string_view json_line, std::string_view split) {
  const nlohmann::json r = nlohmann::json::parse(json_line);
  ++records;
  ++per_split[std::string(split)];
  const std::string preset = r.value("preset", "");
  ++per_preset[preset];
  ++per_backend[r.value("backend", "")];
  for (const auto& f : r.value("features", std::vector<std::string>{})) ++features[f];
  const std::string python = r.value("python", "");
  for (const auto& b : builtins_called(python)) ++builtins[b];
  structures.insert(r.value("struct_hash", ""));
  auto carries = [&](const char* field) { return r.contains(field) && !r[field].is_null(); };
  const std::optional<Naturalness> analysed = analyse_naturalness(python);
  for (NaturalnessCounts* n : {&naturalness, &naturalness_per_preset[preset]})
    n->add(analysed, carries("launch"), carries("verification"));
  uint32_t lines = 0;
  bool blank = true;
  for (char c : python) {
    if (c == '\n') {
      lines += !blank;
      blank = true;
    } else if (c != ' ') {
      blank = false;
    }
  }
  python_lines.push_back(lines + !blank);
  uint32_t bytes = 0;
  for (const char* dev : {"cpu", "cuda"})
    if (r.contains(dev) && r[dev].is_object())
      bytes += static_cast<uint32_t>(r[dev].value("forward", "").size() + r[dev].value("backward", "").size());
  ir_bytes.push_back(bytes);
}

DatasetStats compute_stats(const std::filesystem::path& dir) {
  DatasetStats s;
  for (const auto& shard : list_shards(dir)) {
    const std::string split = split_of(shard);
    for_each_line(shard, [&](std::string_view line) { s.add(line, split); });
  }
  return s;
}

std::string render_text(const DatasetStats& s) {
  std::string out;
  auto line = [&](const std::string& l) { out += l + "\n"; };
  line("records: " + std::to_string(s.records));
  line("structurally unique: " + std::to_string(s.structures.size()) + " (" + percent(s.structures.size(), s.records) +
       ")");
  line("distinct Warp builtins called: " + std::to_string(s.builtins.size()));
  line("python lines per kernel: " + quantiles(s.python_lines));
  line("IR bytes per record (forward+backward, all devices): " + quantiles(s.ir_bytes));
  auto table = [&](const char* title, const std::map<std::string, uint64_t>& m, size_t limit) {
    line(std::string(title) + ":");
    for (const auto& [k, v] : sorted_by_count(m, limit))
      line("  " + k + std::string(k.size() < 28 ? 28 - k.size() : 1, ' ') + std::to_string(v) + "  " +
           percent(v, s.records));
  };
  table("splits", s.per_split, 10);
  table("presets", s.per_preset, 100);
  table("backends", s.per_backend, 10);
  table("features (records with it)", s.features, 1000);
  table("builtins (records calling it)", s.builtins, 1000);
  line("python lines histogram:");
  for (const auto& [range, n] : histogram(s.python_lines, 10)) line("  " + range + ": " + std::to_string(n));
  line("naturalness (percent of analysed records; guarded: of array subscripts; launch contract: of records):");
  std::string head = "  " + std::string(20, ' ');
  for (std::string_view c : kNaturalnessColumns) head += std::string(20 - c.size(), ' ') + std::string(c);
  line(head);
  for (const auto& [name, cells] : naturalness_rows(s)) {
    std::string l = "  " + name + std::string(name.size() < 20 ? 20 - name.size() : 1, ' ');
    for (const auto& c : cells) l += std::string(c.size() < 20 ? 20 - c.size() : 1, ' ') + c;
    line(l);
  }
  line(naturalness_footer(s));
  return out;
}

std::string render_html(const DatasetStats& s, const std::string& title) {
  std::string h = "<!doctype html><html><head><meta charset='utf-8'><title>" + html_escape(title) +
                  "</title><style>body{font-family:sans-serif;max-width:900px;margin:2em auto}figure{margin:1em 0}"
                  "figcaption{font-weight:bold;margin-bottom:4px}</style></head><body>\n<h1>" +
                  html_escape(title) + "</h1>\n";
  h += "<p>" + std::to_string(s.records) + " records; " + std::to_string(s.structures.size()) +
       " structurally unique (" + percent(s.structures.size(), s.records) + "); " + std::to_string(s.builtins.size()) +
       " distinct Warp builtins called.</p>\n<p>Python lines per kernel: " + quantiles(s.python_lines) +
       ".<br>IR bytes per record: " + quantiles(s.ir_bytes) + ".</p>\n";
  h += svg_bars(histogram(s.python_lines, 12), "Python lines per kernel");
  h += svg_bars(histogram(s.ir_bytes, 12), "IR bytes per record (forward + backward, all devices)");
  h += svg_bars(sorted_by_count(s.per_preset, 100), "Records per preset");
  h += svg_bars(sorted_by_count(s.features, 200), "Records per feature");
  h += svg_bars(sorted_by_count(s.builtins, 400), "Records per Warp builtin");
  h += "<h2>Naturalness</h2>\n<p>Percent of analysed records (guarded: of array subscripts; launch contract: of "
       "records).</p>\n<table border='1' cellpadding='3' style='border-collapse:collapse'><tr><th>preset</th>";
  for (std::string_view c : kNaturalnessColumns) h += "<th>" + std::string(c) + "</th>";
  h += "</tr>\n";
  for (const auto& [name, cells] : naturalness_rows(s)) {
    h += "<tr><td>" + html_escape(name) + "</td>";
    for (const auto& c : cells) h += "<td align='right'>" + c + "</td>";
    h += "</tr>\n";
  }
  h += "</table>\n<p>" + html_escape(naturalness_footer(s)) + ".</p>\n";
  return h + "</body></html>\n";
}

}  // namespace ws::dataset
