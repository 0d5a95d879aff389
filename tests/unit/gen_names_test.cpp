#include <gtest/gtest.h>

#include <set>

#include "gen/names.h"

namespace ws::gen {
namespace {

TEST(Names, FreshNamesNeverRepeat) {
  Namer namer;
  Rng rng(1, 2);
  std::set<std::string> seen{namer.take("tid")};
  const NameKind kinds[] = {NameKind::Local,   NameKind::Input,  NameKind::Output,      NameKind::Param, NameKind::Loop,
                            NameKind::Counter, NameKind::Helper, NameKind::HelperParam, NameKind::Rng};
  for (int i = 0; i < 500; ++i)
    for (NameKind k : kinds)
      for (TypeId t : {kFloat32, kInt32, kVec3, kMat33, kQuat, kTransform, kBool})
        EXPECT_TRUE(seen.insert(namer.fresh(rng, k, t)).second);
}

TEST(Names, LoopVariablesComeInOrder) {
  Namer namer;
  Rng rng(1, 2);
  EXPECT_EQ(namer.fresh(rng, NameKind::Loop, kInt32), "i");
  EXPECT_EQ(namer.fresh(rng, NameKind::Loop, kInt32), "j");
  namer.clear();
  namer.take("i");
  EXPECT_EQ(namer.fresh(rng, NameKind::Loop, kInt32), "j");
}

TEST(Names, KernelNameIsPresetAndSixBase36Chars) {
  Rng a(5, 6), b(5, 6);
  const std::string name = kernel_name(a, "loop");
  EXPECT_EQ(name, kernel_name(b, "loop"));
  ASSERT_EQ(name.size(), 4u + 1 + 6);
  EXPECT_EQ(name.substr(0, 5), "loop_");
  for (char c : name.substr(5)) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) << name;
}

}  // namespace
}  // namespace ws::gen
