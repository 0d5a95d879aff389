#include "gen/type.h"

#include <array>

namespace ws::gen {

namespace {

constexpr std::array<TypeInfo, kNumTypes> kTypes = {{
    {Kind::Scalar, kBool, 1, 1, "wp.bool", "bool", false, false},
    {Kind::Scalar, kInt8, 1, 1, "wp.int8", "int8", false, false},
    {Kind::Scalar, kInt16, 1, 1, "wp.int16", "int16", false, false},
    {Kind::Scalar, kInt32, 1, 1, "int", "", true, true},
    {Kind::Scalar, kInt64, 1, 1, "wp.int64", "int64", true, true},
    {Kind::Scalar, kUInt8, 1, 1, "wp.uint8", "uint8", false, false},
    {Kind::Scalar, kUInt16, 1, 1, "wp.uint16", "uint16", false, false},
    {Kind::Scalar, kUInt32, 1, 1, "wp.uint32", "uint32", true, true},
    {Kind::Scalar, kUInt64, 1, 1, "wp.uint64", "uint64", true, true},
    {Kind::Scalar, kFloat16, 1, 1, "wp.float16", "float16", true, false},
    {Kind::Scalar, kFloat32, 1, 1, "float", "", true, true},
    {Kind::Scalar, kFloat64, 1, 1, "wp.float64", "float64", true, true},
    {Kind::Vec, kFloat32, 2, 1, "wp.vec2", "vec2", true, true},
    {Kind::Vec, kFloat32, 3, 1, "wp.vec3", "vec3", true, true},
    {Kind::Vec, kFloat32, 4, 1, "wp.vec4", "vec4", true, true},
    {Kind::Vec, kFloat64, 2, 1, "wp.vec2d", "vec2d", true, true},
    {Kind::Vec, kFloat64, 3, 1, "wp.vec3d", "vec3d", true, true},
    {Kind::Vec, kFloat64, 4, 1, "wp.vec4d", "vec4d", true, true},
    {Kind::Vec, kInt32, 2, 1, "wp.vec2i", "vec2i", true, true},
    {Kind::Vec, kInt32, 3, 1, "wp.vec3i", "vec3i", true, true},
    {Kind::Vec, kInt32, 4, 1, "wp.vec4i", "vec4i", true, true},
    {Kind::Vec, kFloat16, 2, 1, "wp.vec2h", "vec2h", true, false},
    {Kind::Vec, kFloat16, 3, 1, "wp.vec3h", "vec3h", true, false},
    {Kind::Vec, kFloat16, 4, 1, "wp.vec4h", "vec4h", true, false},
    {Kind::Vec, kFloat32, 6, 1, "wp.spatial_vector", "spatial_vector", true, true},
    {Kind::Mat, kFloat32, 2, 2, "wp.mat22", "mat22", true, true},
    {Kind::Mat, kFloat32, 3, 3, "wp.mat33", "mat33", true, true},
    {Kind::Mat, kFloat32, 4, 4, "wp.mat44", "mat44", true, true},
    {Kind::Mat, kFloat64, 2, 2, "wp.mat22d", "mat22d", true, true},
    {Kind::Mat, kFloat64, 3, 3, "wp.mat33d", "mat33d", true, true},
    {Kind::Mat, kFloat64, 4, 4, "wp.mat44d", "mat44d", true, true},
    {Kind::Quat, kFloat32, 4, 1, "wp.quat", "quat", true, true},
    {Kind::Quat, kFloat64, 4, 1, "wp.quatd", "quatd", true, true},
    {Kind::Transform, kFloat32, 7, 1, "wp.transform", "transform", true, true},
    {Kind::Transform, kFloat64, 7, 1, "wp.transformd", "transformd", true, true},
}};

// The enum above must list the rows in table order.
constexpr bool table_matches_enum() {
  for (size_t i = 0; i < kTypes.size(); ++i)
    if (kTypes[i].kind == Kind::Scalar && kTypes[i].scalar != i) return false;
  return kTypes[kVec3].rows == 3 && kTypes[kVec4h].scalar == kFloat16 && kTypes[kSpatialVector].rows == 6 &&
         kTypes[kMat44d].scalar == kFloat64 && kTypes[kTransformd].scalar == kFloat64;
}
static_assert(table_matches_enum());

}  // namespace

std::span<const TypeInfo> types() {
  return kTypes;
}

TypeId find_type(Kind kind, TypeId scalar, uint8_t rows, uint8_t cols) {
  for (size_t i = 0; i < kTypes.size(); ++i) {
    const TypeInfo& t = kTypes[i];
    if (t.kind == kind && t.scalar == scalar && t.rows == rows && t.cols == cols) return static_cast<TypeId>(i);
  }
  return kNoType;
}

}  // namespace ws::gen
