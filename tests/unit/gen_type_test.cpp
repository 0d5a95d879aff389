#include <gtest/gtest.h>

#include <set>
#include <string>

#include "gen/type.h"

namespace ws::gen {
namespace {

TEST(Type, EveryRowIsFoundByItsShape) {
  for (TypeId t = 0; t < kNumTypes; ++t) {
    const TypeInfo& ti = info(t);
    EXPECT_EQ(find_type(ti.kind, ti.scalar, ti.rows, ti.cols), t) << ti.py;
    EXPECT_TRUE(is_scalar(ti.scalar));
  }
  EXPECT_EQ(find_type(Kind::Mat, kInt8, 3, 3), kNoType);
}

TEST(Type, SpellingsAndFeaturesAreUnique) {
  std::set<std::string> py, features;
  for (const TypeInfo& t : types()) {
    EXPECT_TRUE(py.insert(std::string(t.py)).second) << t.py;
    if (!t.feature.empty()) {
      EXPECT_TRUE(features.insert(std::string(t.feature)).second) << t.feature;
    }
  }
  EXPECT_EQ(info(kFloat32).py, "float");
  EXPECT_EQ(info(kInt32).py, "int");
  EXPECT_EQ(info(kVec3d).py, "wp.vec3d");
}

TEST(Type, Classification) {
  EXPECT_TRUE(is_float_scalar(kFloat16));
  EXPECT_FALSE(is_float_scalar(kVec3));
  EXPECT_TRUE(is_int_scalar(kUInt64));
  EXPECT_FALSE(is_int_scalar(kBool));
  EXPECT_FALSE(is_signed_scalar(kUInt8));
  EXPECT_TRUE(is_signed_scalar(kInt8));
  EXPECT_TRUE(has_float_scalar(kQuatd));
  EXPECT_EQ(component_count(kMat44), 16);
  EXPECT_EQ(component_count(kQuat), 4);
}

TEST(Type, AtomicSupportMatchesWarp) {
  // Warp's atomic_add/sub take [u]int32, [u]int64, float16/32/64 scalars; min/max not float16.
  for (TypeId t : {kInt8, kInt16, kUInt8, kUInt16, kBool}) EXPECT_FALSE(info(t).atomic_add) << info(t).py;
  for (TypeId t : {kInt32, kUInt32, kInt64, kUInt64, kFloat16, kFloat32, kFloat64, kVec3, kMat22d})
    EXPECT_TRUE(info(t).atomic_add) << info(t).py;
  EXPECT_FALSE(info(kFloat16).atomic_minmax);
  EXPECT_TRUE(info(kFloat64).atomic_minmax);
}

}  // namespace
}  // namespace ws::gen
