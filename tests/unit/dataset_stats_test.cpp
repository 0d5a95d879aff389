#include <gtest/gtest.h>
#include <zstd.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dataset/stats.h"
#include "dataset_test_util.h"

namespace ws::dataset {
namespace {

TEST(Stats, BuiltinsCalledFindsWarpAndPythonBuiltinsOnly) {
  const char* py =
      "import warp as wp\n\n@wp.func\ndef h(v: wp.vec3):\n    return wp.length(v)\n\n@wp.kernel\n"
      "def k(a: wp.array(dtype=wp.vec3), b: wp.array2d(dtype=float)):\n    i, j = wp.tid()\n"
      "    v = wp.normalize(a[i]) + wp.vec3(1.0, 0.0, 0.0)\n    b[i, j] = max(h(v), float(j))\n"
      "    wp.atomic_add(b, i, j, abs(-1.0))\n    x = wp.math.sin(1.0)\n";
  const std::vector<std::string> expected = {"abs", "atomic_add", "float", "length", "max", "normalize", "tid", "vec3"};
  EXPECT_EQ(builtins_called(py), expected);
  EXPECT_TRUE(builtins_called("x = wp.sin(\n").empty());
}

TEST(Stats, AddCountsFeaturesUniquenessAndSizes) {
  DatasetStats s;
  s.add(R"({"preset":"loop","backend":"warp","features":["for_dynamic"],"struct_hash":"a",)"
        R"("python":"import warp as wp\n\nx = wp.sin(1.0)\n","cpu":{"forward":"abc","backward":"de"},"cuda":null})",
        "train");
  s.add(R"({"preset":"loop","backend":"native","features":["for_dynamic","if"],"struct_hash":"a","python":"y = 1\n"})",
        "test");
  EXPECT_EQ(s.records, 2u);
  EXPECT_EQ(s.per_preset["loop"], 2u);
  EXPECT_EQ(s.per_split["test"], 1u);
  EXPECT_EQ(s.features["for_dynamic"], 2u);
  EXPECT_EQ(s.features["if"], 1u);
  EXPECT_EQ(s.builtins["sin"], 1u);
  EXPECT_DOUBLE_EQ(s.uniqueness(), 0.5);
  EXPECT_EQ(s.python_lines, (std::vector<uint32_t>{2, 1}));
  EXPECT_EQ(s.ir_bytes, (std::vector<uint32_t>{5, 0}));
  const std::string text = render_text(s);
  EXPECT_NE(text.find("structurally unique: 1 (50.0%)"), std::string::npos) << text;
  const std::string html = render_html(s, "t<1>");
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("t&lt;1&gt;"), std::string::npos);
}

// The whitespace-separated cells of the first line of `text` that starts with `prefix`.
std::vector<std::string> cells_of_line(const std::string& text, const std::string& prefix) {
  std::istringstream lines(text);
  for (std::string l; std::getline(lines, l);) {
    if (!l.starts_with(prefix)) continue;
    std::istringstream words(l);
    std::vector<std::string> cells;
    for (std::string w; words >> w;) cells.push_back(w);
    return cells;
  }
  return {};
}

TEST(Stats, NaturalnessOfADatasetIsCountedPerPresetAndReported) {
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir.path() / "data");
  auto rec = [](const std::string& preset, const std::string& python, bool launch) {
    nlohmann::json r = {{"preset", preset}, {"python", python}};
    if (launch) r["launch"] = R"({"ndim": 1, "arrays": {"a": "launch", "b": [4]}})";
    return r.dump() + "\n";
  };
  const std::string head =
      "import warp as wp\n\n\n@wp.kernel\ndef k(a: wp.array(dtype=float), b: wp.array(dtype=float)):\n"
      "    i = wp.tid()\n";
  // a dead local, a constant index and an overwritten store; an unguarded index; Python that does not parse
  const std::string lines = rec("basic", head + "    t = b[3]\n    a[i] = 1.0\n    a[i] = 2.0\n", true) +
                            rec("basic", head + "    a[i] = b[i + 1]\n", true) +
                            rec("extract", "@wp.kernel\ndef k(:\n", false);
  std::string z(ZSTD_compressBound(lines.size()), '\0');
  z.resize(ZSTD_compress(z.data(), z.size(), lines.data(), lines.size(), 3));
  testing::spit(dir.path() / "data" / "train-00000-of-00001.jsonl.zst", z);

  const DatasetStats s = compute_stats(dir.path());
  const NaturalnessCounts& n = s.naturalness;
  EXPECT_EQ(n.records, 3u);
  EXPECT_EQ(n.not_analysed, 1u);
  EXPECT_EQ(n.dead_locals, 1u);
  EXPECT_EQ(n.overwritten_stores, 1u);
  EXPECT_EQ(n.constant_indices, 1u);
  EXPECT_EQ(n.subscripts, 5u);  // b[3], a[i], a[i]; a[i], b[i + 1]
  EXPECT_EQ(n.guarded, 3u);
  EXPECT_EQ(n.launch, 2u);
  EXPECT_EQ(n.verification, 0u);
  EXPECT_EQ(s.naturalness_per_preset.at("basic").records, 2u);
  EXPECT_EQ(s.naturalness_per_preset.at("basic").not_analysed, 0u);
  EXPECT_EQ(s.naturalness_per_preset.at("extract").not_analysed, 1u);

  const std::string text = render_text(s);
  const size_t section = text.find("naturalness (percent of analysed records");
  ASSERT_NE(section, std::string::npos) << text;
  const std::string table = text.substr(section);
  EXPECT_EQ(cells_of_line(table, "  all "),
            (std::vector<std::string>{"all", "3", "50.0%", "50.0%", "50.0%", "60.0%", "66.7%"}))
      << text;
  EXPECT_EQ(cells_of_line(table, "  basic "),
            (std::vector<std::string>{"basic", "2", "50.0%", "50.0%", "50.0%", "60.0%", "100.0%"}))
      << text;
  EXPECT_NE(text.find("not analysed (Python does not parse): 1; records with verification: 0 (0.0%)"),
            std::string::npos)
      << text;
  const std::string html = render_html(s, "t");
  EXPECT_NE(html.find("<h2>Naturalness</h2>"), std::string::npos);
  EXPECT_NE(html.find("<td>extract</td>"), std::string::npos);
}

TEST(Stats, VerificationIsCountedWhenRecordsCarryIt) {
  DatasetStats s;
  s.add(R"({"preset":"p","python":"x = 1\n","verification":{"ok":true}})", "train");
  s.add(R"({"preset":"p","python":"x = 1\n","verification":null})", "train");
  EXPECT_EQ(s.naturalness.verification, 1u);
  EXPECT_EQ(s.naturalness.launch, 0u);
  EXPECT_NE(render_text(s).find("records with verification: 1 (50.0%)"), std::string::npos);
}

}  // namespace
}  // namespace ws::dataset
