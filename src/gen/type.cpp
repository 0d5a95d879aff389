#include "gen/type.h"

#include <array>

#include "lang/atomics.h"

namespace ws::gen {

namespace {

// The scalar rows come in types::Scalar's order, so a scalar id is its types::Scalar.
constexpr types::Scalar lang_scalar(TypeId scalar) {
  return static_cast<types::Scalar>(scalar);
}
static_assert(lang_scalar(kFloat16) == types::Scalar::Float16 && lang_scalar(kUInt64) == types::Scalar::UInt64);

// A universe row; whether Warp's atomics accept arrays of it comes from the language's atomic rule.
constexpr TypeInfo row(Kind kind, TypeId scalar, uint8_t rows, uint8_t cols, std::string_view py,
                       std::string_view feature) {
  return {kind, scalar, rows, cols, py, feature,
          lang::atomic_supports(*lang::find_atomic("atomic_add"), lang_scalar(scalar)),
          // Warp accepts atomic_min/max on quaternion and transform arrays by scalar, but its C++ has no
          // max() for them: the module does not compile (generate --seed 2027 --verify run, kernel 3371).
          kind != Kind::Quat && kind != Kind::Transform &&
              lang::atomic_supports(*lang::find_atomic("atomic_min"), lang_scalar(scalar))};
}

constexpr std::array<TypeInfo, kNumTypes> kTypes = {
    row(Kind::Scalar, kBool, 1, 1, "wp.bool", "bool"),
    row(Kind::Scalar, kInt8, 1, 1, "wp.int8", "int8"),
    row(Kind::Scalar, kInt16, 1, 1, "wp.int16", "int16"),
    row(Kind::Scalar, kInt32, 1, 1, "int", ""),
    row(Kind::Scalar, kInt64, 1, 1, "wp.int64", "int64"),
    row(Kind::Scalar, kUInt8, 1, 1, "wp.uint8", "uint8"),
    row(Kind::Scalar, kUInt16, 1, 1, "wp.uint16", "uint16"),
    row(Kind::Scalar, kUInt32, 1, 1, "wp.uint32", "uint32"),
    row(Kind::Scalar, kUInt64, 1, 1, "wp.uint64", "uint64"),
    row(Kind::Scalar, kFloat16, 1, 1, "wp.float16", "float16"),
    row(Kind::Scalar, kFloat32, 1, 1, "float", ""),
    row(Kind::Scalar, kFloat64, 1, 1, "wp.float64", "float64"),
    row(Kind::Vec, kFloat32, 2, 1, "wp.vec2", "vec2"),
    row(Kind::Vec, kFloat32, 3, 1, "wp.vec3", "vec3"),
    row(Kind::Vec, kFloat32, 4, 1, "wp.vec4", "vec4"),
    row(Kind::Vec, kFloat64, 2, 1, "wp.vec2d", "vec2d"),
    row(Kind::Vec, kFloat64, 3, 1, "wp.vec3d", "vec3d"),
    row(Kind::Vec, kFloat64, 4, 1, "wp.vec4d", "vec4d"),
    row(Kind::Vec, kInt32, 2, 1, "wp.vec2i", "vec2i"),
    row(Kind::Vec, kInt32, 3, 1, "wp.vec3i", "vec3i"),
    row(Kind::Vec, kInt32, 4, 1, "wp.vec4i", "vec4i"),
    row(Kind::Vec, kFloat16, 2, 1, "wp.vec2h", "vec2h"),
    row(Kind::Vec, kFloat16, 3, 1, "wp.vec3h", "vec3h"),
    row(Kind::Vec, kFloat16, 4, 1, "wp.vec4h", "vec4h"),
    row(Kind::Vec, kFloat32, 6, 1, "wp.spatial_vector", "spatial_vector"),
    row(Kind::Mat, kFloat32, 2, 2, "wp.mat22", "mat22"),
    row(Kind::Mat, kFloat32, 3, 3, "wp.mat33", "mat33"),
    row(Kind::Mat, kFloat32, 4, 4, "wp.mat44", "mat44"),
    row(Kind::Mat, kFloat64, 2, 2, "wp.mat22d", "mat22d"),
    row(Kind::Mat, kFloat64, 3, 3, "wp.mat33d", "mat33d"),
    row(Kind::Mat, kFloat64, 4, 4, "wp.mat44d", "mat44d"),
    row(Kind::Quat, kFloat32, 4, 1, "wp.quat", "quat"),
    row(Kind::Quat, kFloat64, 4, 1, "wp.quatd", "quatd"),
    row(Kind::Transform, kFloat32, 7, 1, "wp.transform", "transform"),
    row(Kind::Transform, kFloat64, 7, 1, "wp.transformd", "transformd"),
};

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

types::Type lang_type(TypeId t) {
  const TypeInfo& ti = info(t);
  const types::Scalar s = lang_scalar(ti.scalar);
  switch (ti.kind) {
    case Kind::Scalar:
      return types::Type::scalar_of(s);
    case Kind::Vec:
      return types::Type::vector_of(ti.rows, s);
    case Kind::Mat:
      return types::Type::matrix_of(ti.rows, ti.cols, s);
    case Kind::Quat:
      return types::Type::quat_of(s);
    case Kind::Transform:
      return types::Type::transform_of(s);
  }
  return {};
}

TypeId find_type(const types::Type& t) {
  for (TypeId i = 0; i < kNumTypes; ++i)
    if (lang_type(i) == t) return i;
  return kNoType;
}

}  // namespace ws::gen
