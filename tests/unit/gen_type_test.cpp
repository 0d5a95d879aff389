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
  EXPECT_EQ(find_type(Kind::Matrix, kInt8, 3, 3), kNoType);
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
  const lang::Atomic& add = *lang::find_atomic("atomic_add");
  const lang::Atomic& max = *lang::find_atomic("atomic_max");
  for (TypeId t : {kInt8, kInt16, kUInt8, kUInt16, kBool}) EXPECT_FALSE(atomic_accepts(t, add)) << info(t).py;
  for (TypeId t : {kInt32, kUInt32, kInt64, kUInt64, kFloat16, kFloat32, kFloat64, kVec3, kMat22d, kQuat, kTransformd})
    EXPECT_TRUE(atomic_accepts(t, add)) << info(t).py;
  EXPECT_FALSE(atomic_accepts(kFloat16, max));
  EXPECT_TRUE(atomic_accepts(kFloat64, max));
  EXPECT_TRUE(atomic_accepts(kVec3d, max));
  // Warp accepts these, but its C++ has no max() for them: the generator does not write them
  EXPECT_FALSE(atomic_accepts(kQuat, max));
  EXPECT_FALSE(atomic_accepts(kTransform, max));
}

// The universe is written in the language's types: each row is its own types::Type, and the builders'
// shape agrees with it.
TEST(Type, RowsAreLanguageTypes) {
  EXPECT_EQ(lang_type(kVec3d), types::Type::vector_of(3, types::Scalar::Float64));
  EXPECT_EQ(lang_type(kMat22), types::Type::matrix_of(2, 2, types::Scalar::Float32));
  EXPECT_EQ(lang_type(kSpatialVector), types::Type::vector_of(6, types::Scalar::Float32));
  EXPECT_EQ(lang_type(kTransformd), types::Type::transform_of(types::Scalar::Float64));
  for (TypeId t = 0; t < kNumTypes; ++t) {
    EXPECT_EQ(find_type(lang_type(t)), t) << info(t).py;
    EXPECT_EQ(info(t).kind, lang_type(t).kind) << info(t).py;
    EXPECT_EQ(info(t).scalar, static_cast<TypeId>(lang_type(t).scalar)) << info(t).py;
  }
  EXPECT_EQ(find_type(types::Type::matrix_of(3, 3, types::Scalar::Int8)), kNoType);
}

}  // namespace
}  // namespace ws::gen
