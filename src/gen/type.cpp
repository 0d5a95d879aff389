#include "gen/type.h"

#include <array>

namespace ws::gen {

namespace {

using types::Scalar;
using types::Type;

// A universe row: the type, its spelling, feature tag and alias; the builders' shape is derived.
constexpr TypeInfo row(const Type& t, std::string_view py, std::string_view feature, std::string_view alias = "") {
  return {t,
          py,
          alias,
          feature,
          t.kind,
          static_cast<TypeId>(t.scalar),
          static_cast<uint8_t>(t.kind == Kind::Scalar ? 1 : t.rows),
          static_cast<uint8_t>(t.kind == Kind::Matrix ? t.cols : 1)};
}

constexpr std::array<TypeInfo, kNumTypes> kTypes = {
    row(Type::scalar_of(Scalar::Bool), "wp.bool", "bool"),
    row(Type::scalar_of(Scalar::Int8), "wp.int8", "int8"),
    row(Type::scalar_of(Scalar::Int16), "wp.int16", "int16"),
    row(Type::scalar_of(Scalar::Int32), "int", ""),
    row(Type::scalar_of(Scalar::Int64), "wp.int64", "int64"),
    row(Type::scalar_of(Scalar::UInt8), "wp.uint8", "uint8"),
    row(Type::scalar_of(Scalar::UInt16), "wp.uint16", "uint16"),
    row(Type::scalar_of(Scalar::UInt32), "wp.uint32", "uint32"),
    row(Type::scalar_of(Scalar::UInt64), "wp.uint64", "uint64"),
    row(Type::scalar_of(Scalar::Float16), "wp.float16", "float16"),
    row(Type::scalar_of(Scalar::Float32), "float", ""),
    row(Type::scalar_of(Scalar::Float64), "wp.float64", "float64"),
    row(Type::vector_of(2, Scalar::Float32), "wp.vec2", "vec2", "wp.vec2f"),
    row(Type::vector_of(3, Scalar::Float32), "wp.vec3", "vec3", "wp.vec3f"),
    row(Type::vector_of(4, Scalar::Float32), "wp.vec4", "vec4", "wp.vec4f"),
    row(Type::vector_of(2, Scalar::Float64), "wp.vec2d", "vec2d"),
    row(Type::vector_of(3, Scalar::Float64), "wp.vec3d", "vec3d"),
    row(Type::vector_of(4, Scalar::Float64), "wp.vec4d", "vec4d"),
    row(Type::vector_of(2, Scalar::Int32), "wp.vec2i", "vec2i"),
    row(Type::vector_of(3, Scalar::Int32), "wp.vec3i", "vec3i"),
    row(Type::vector_of(4, Scalar::Int32), "wp.vec4i", "vec4i"),
    row(Type::vector_of(2, Scalar::Float16), "wp.vec2h", "vec2h"),
    row(Type::vector_of(3, Scalar::Float16), "wp.vec3h", "vec3h"),
    row(Type::vector_of(4, Scalar::Float16), "wp.vec4h", "vec4h"),
    row(Type::vector_of(6, Scalar::Float32), "wp.spatial_vector", "spatial_vector", "wp.spatial_vectorf"),
    row(Type::matrix_of(2, 2, Scalar::Float32), "wp.mat22", "mat22", "wp.mat22f"),
    row(Type::matrix_of(3, 3, Scalar::Float32), "wp.mat33", "mat33", "wp.mat33f"),
    row(Type::matrix_of(4, 4, Scalar::Float32), "wp.mat44", "mat44", "wp.mat44f"),
    row(Type::matrix_of(2, 2, Scalar::Float64), "wp.mat22d", "mat22d"),
    row(Type::matrix_of(3, 3, Scalar::Float64), "wp.mat33d", "mat33d"),
    row(Type::matrix_of(4, 4, Scalar::Float64), "wp.mat44d", "mat44d"),
    row(Type::quat_of(Scalar::Float32), "wp.quat", "quat", "wp.quatf"),
    row(Type::quat_of(Scalar::Float64), "wp.quatd", "quatd"),
    row(Type::transform_of(Scalar::Float32), "wp.transform", "transform", "wp.transformf"),
    row(Type::transform_of(Scalar::Float64), "wp.transformd", "transformd"),
    row(Type::vector_of(2, Scalar::UInt8), "wp.vec2ub", "vec2ub"),
    row(Type::vector_of(3, Scalar::UInt8), "wp.vec3ub", "vec3ub"),
    row(Type::vector_of(4, Scalar::UInt8), "wp.vec4ub", "vec4ub"),
    row(Type::vector_of(3, Scalar::UInt16), "wp.vec3us", "vec3us"),
    row(Type::vector_of(3, Scalar::UInt32), "wp.vec3ui", "vec3ui"),
};

// The enum above must list the rows in table order.
constexpr bool table_matches_enum() {
  for (size_t i = 0; i < kTypes.size(); ++i)
    if (kTypes[i].kind == Kind::Scalar && kTypes[i].scalar != i) return false;
  return kTypes[kVec3].rows == 3 && kTypes[kVec4h].scalar == kFloat16 && kTypes[kSpatialVector].rows == 6 &&
         kTypes[kMat44d].scalar == kFloat64 && kTypes[kTransformd].scalar == kFloat64 && kTypes[kQuat].rows == 4 &&
         kTypes[kTransform].rows == 7 && kTypes[kVec3ui].scalar == kUInt32;
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

TypeId find_type(const types::Type& t) {
  for (TypeId i = 0; i < kNumTypes; ++i)
    if (kTypes[i].type == t) return i;
  return kNoType;
}

}  // namespace ws::gen
