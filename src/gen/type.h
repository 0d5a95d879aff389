// The generator's type universe as one table. Every value the generator builds has a TypeId indexing
// kTypes; builtin signatures and policies refer to types only through these ids, so adding a type
// (say vec2h) is one row here plus whatever Warp validation it needs.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "types/type.h"

namespace ws::gen {

enum class Kind : uint8_t { Scalar, Vec, Mat, Quat, Transform };

using TypeId = uint8_t;
inline constexpr TypeId kNoType = 0xff;

struct TypeInfo {
  Kind kind;
  TypeId scalar;             // element scalar type (itself for scalars)
  uint8_t rows;              // vec length (6: spatial) / mat rows / 4 for quat / 7 for transform; 1 for scalars
  uint8_t cols;              // mat cols; 1 otherwise
  std::string_view py;       // annotation and constructor spelling: "float", "wp.int8", "wp.vec3d"
  std::string_view feature;  // feature tag ("" for the ubiquitous float32/int32)
  bool atomic_add;           // Warp's atomic_add/sub accept arrays of this dtype (lang/atomics.h's rule)
  bool atomic_minmax;        // ... and atomic_min/max
};

// Ids of the rows of kTypes, in table order.
// clang-format off
enum : TypeId {
  kBool, kInt8, kInt16, kInt32, kInt64, kUInt8, kUInt16, kUInt32, kUInt64, kFloat16, kFloat32, kFloat64,
  kVec2, kVec3, kVec4, kVec2d, kVec3d, kVec4d, kVec2i, kVec3i, kVec4i, kVec2h, kVec3h, kVec4h, kSpatialVector,
  kMat22, kMat33, kMat44, kMat22d, kMat33d, kMat44d,
  kQuat, kQuatd, kTransform, kTransformd,
  kNumTypes
};
// clang-format on

std::span<const TypeInfo> types();
inline const TypeInfo& info(TypeId t) {
  return types()[t];
}

// The universe type with this shape, or kNoType (e.g. a mat33 of int8 is not in the universe).
TypeId find_type(Kind kind, TypeId scalar, uint8_t rows, uint8_t cols);

// The same type in the codegen's notation, which the language table (lang/) is written over, and back
// (kNoType when the universe lacks it).
types::Type lang_type(TypeId t);
TypeId find_type(const types::Type& t);

inline bool is_scalar(TypeId t) {
  return info(t).kind == Kind::Scalar;
}
inline bool is_float_scalar(TypeId t) {
  return t == kFloat16 || t == kFloat32 || t == kFloat64;
}
inline bool is_int_scalar(TypeId t) {
  return t >= kInt8 && t <= kUInt64;
}
inline bool is_signed_scalar(TypeId t) {
  return (t >= kInt8 && t <= kInt64) || is_float_scalar(t);
}
inline bool has_float_scalar(TypeId t) {
  return is_float_scalar(info(t).scalar);
}
// Number of scalar components a constructor from scalars takes (vec n, mat r*c, quat 4).
inline int component_count(TypeId t) {
  return info(t).rows * info(t).cols;
}

}  // namespace ws::gen
