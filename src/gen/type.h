// The generator's type universe as one table of types::Type, the notation the language table (lang/)
// and the codegen are written over, with what only the generator needs beside each type: its Python
// spelling and its feature tag. Every value the generator builds has a TypeId indexing the table;
// productions and policies refer to types only through these ids, so adding a type (say vec2h) is one
// row here plus whatever Warp validation it needs. Which atomics a type takes is the language's rule
// (lang/atomics.h), asked through atomic_accepts.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "lang/atomics.h"
#include "types/type.h"

namespace ws::gen {

// The kinds of the universe: Scalar, Vector, Matrix, Quat and Transform.
using Kind = types::Kind;

using TypeId = uint8_t;
inline constexpr TypeId kNoType = 0xff;

struct TypeInfo {
  types::Type type;
  std::string_view py;  // annotation and constructor spelling: "float", "wp.int8", "wp.vec3d"
  // The float32 composites' f-suffixed alias ("wp.vec3f", "wp.mat33f", "wp.quatf"), the same type to
  // Warp: code bases that spell them so do it throughout (Printer's `aliases`). Empty for the others.
  std::string_view alias;
  std::string_view feature;  // feature tag ("" for the ubiquitous float32/int32)
  // The type's shape as the builders count components, derived from `type`: the scalar's id, and a
  // scalar is 1 x 1, a vector n x 1 (6: spatial), a quaternion 4 x 1, a transform 7 x 1.
  Kind kind;
  TypeId scalar;
  uint8_t rows;
  uint8_t cols;
};

// Ids of the rows of the table, in table order (a scalar's id is its types::Scalar).
// clang-format off
enum : TypeId {
  kBool, kInt8, kInt16, kInt32, kInt64, kUInt8, kUInt16, kUInt32, kUInt64, kFloat16, kFloat32, kFloat64,
  kVec2, kVec3, kVec4, kVec2d, kVec3d, kVec4d, kVec2i, kVec3i, kVec4i, kVec2h, kVec3h, kVec4h, kSpatialVector,
  kMat22, kMat33, kMat44, kMat22d, kMat33d, kMat44d,
  kQuat, kQuatd, kTransform, kTransformd,
  // unsigned vectors: colors (vec3ub, vec4ub), small offsets (vec2ub, vec3us), indices (vec3ui)
  kVec2ub, kVec3ub, kVec4ub, kVec3us, kVec3ui,
  kNumTypes
};
// clang-format on

std::span<const TypeInfo> types();
inline const TypeInfo& info(TypeId t) {
  return types()[t];
}

// The universe type with this shape, or kNoType (e.g. a mat33 of int8 is not in the universe).
TypeId find_type(Kind kind, TypeId scalar, uint8_t rows, uint8_t cols);

// The type in the codegen's notation, and back (kNoType when the universe lacks it).
inline const types::Type& lang_type(TypeId t) {
  return info(t).type;
}
TypeId find_type(const types::Type& t);

// Whether Warp's `atomic` takes arrays of dtype t and the module then compiles (lang/atomics.h).
inline bool atomic_accepts(TypeId t, const lang::Atomic& atomic) {
  return lang::atomic_supports(atomic, info(t).type.scalar) && lang::atomic_compiles(atomic, info(t).kind);
}

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
