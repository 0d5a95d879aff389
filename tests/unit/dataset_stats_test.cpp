#include <gtest/gtest.h>

#include "dataset/stats.h"

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

}  // namespace
}  // namespace ws::dataset
