#include <gtest/gtest.h>

#include "pipeline/compare.h"

namespace ws::pipeline {
namespace {

TEST(Compare, EqualTextsHaveNoDifference) {
  EXPECT_FALSE(describe_difference("a\nb\n", "a\nb\n"));
}

TEST(Compare, ReportsFirstDifferingLineWithContext) {
  auto d = describe_difference("one\ntwo\nthree\nfour\n", "one\ntwo\nthreX\nfour\n");
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, "    2  two\n  - 3  three\n  + 3  threX\n");
}

TEST(Compare, HandlesDifferenceOnFirstLineAndTruncation) {
  EXPECT_EQ(*describe_difference("abc\n", "abd\n"), "  - 1  abc\n  + 1  abd\n");
  EXPECT_EQ(*describe_difference("a\nb\n", "a\n"), "    1  a\n  - 2  b\n  + 2  <end of text>\n");
}

TEST(Compare, ModulesCompareKernelsThenDevices) {
  ModuleIr a{{{"k", "k_1", 3}}, {{Device::Cpu, "x\n"}}};
  ModuleIr b = a;
  EXPECT_FALSE(compare_modules(a, b));
  b.kernels[0].mangled = "k_2";
  EXPECT_NE(compare_modules(a, b)->find("k_2"), std::string::npos);
  b = a;
  b.kernels[0].line = 4;
  EXPECT_NE(compare_modules(a, b)->find("(line 4)"), std::string::npos);
  b = a;
  b.devices[0].source = "y\n";
  EXPECT_EQ(compare_modules(a, b)->rfind("cpu module differs", 0), 0u);
}

}  // namespace
}  // namespace ws::pipeline
