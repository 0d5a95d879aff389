#include <gtest/gtest.h>

#include "dataset/struct_hash.h"
#include "frontend/tokenizer.h"

namespace ws {
namespace {

const char* kA =
    "import warp as wp\n\n@wp.kernel\ndef alpha(a: wp.array(dtype=float), n: int):\n"
    "    tid = wp.tid()\n    x = a[tid] * 2.0 + 1.0\n    for i in range(n):\n        x = wp.sin(x)\n    a[tid] = x\n";

TEST(StructHash, IgnoresIdentifiersLiteralsAndLayout) {
  // Same structure: other names, other constants, a comment and different spacing.
  const char* b =
      "import warp as wp\n\n@wp.kernel\ndef beta(q: wp.array(dtype=float), m: int):  # note\n"
      "    t = wp.tid()\n    y = q[t]*7.5 + 3.25\n    for j in range(m):\n        y = wp.sin(y)\n    q[t] = y\n";
  EXPECT_EQ(struct_hash(kA), struct_hash(b));
}

TEST(StructHash, SeesOperatorsBuiltinsLiteralTypesAndShape) {
  auto variant = [](const std::string& from, const std::string& to) {
    std::string s = kA;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  const std::string base = struct_hash(kA);
  EXPECT_NE(base, struct_hash(variant("* 2.0", "- 2.0")));    // operator
  EXPECT_NE(base, struct_hash(variant("wp.sin", "wp.cos")));  // builtin
  EXPECT_NE(base, struct_hash(variant("+ 1.0", "+ 1")));      // literal type
  EXPECT_NE(base, struct_hash(variant("        x = wp.sin(x)\n", "        x = wp.sin(x)\n        x = wp.sin(x)\n")));
  EXPECT_NE(base, struct_hash(variant("    a[tid] = x\n", "        a[tid] = x\n")));  // nesting
  // Renaming consistently is invisible, but reusing one name for two variables is a different program.
  EXPECT_NE(base, struct_hash(variant("x = a[tid]", "tid = a[tid]")));
}

TEST(StructHash, CanonicalFormRenamesByFirstOccurrence) {
  const std::string c = canonical_form("def f(a, b):\n    return b + a + 1.5\n");
  EXPECT_EQ(c, "def\nv0\n(\nv1\n,\nv2\n)\n:\n<nl>\n<indent>\nreturn\nv2\n+\nv1\n+\n<float>\n<nl>\n<dedent>\n\n");
}

TEST(StructHash, InvalidPythonThrowsWithPosition) {
  EXPECT_THROW(struct_hash("def f(:\n  'unterminated\n"), frontend::SyntaxError);
}

}  // namespace
}  // namespace ws
