// Typed signature patterns for Warp's builtins, in the notation of builtins.py: a row is generic over
// one type variable T drawn from a type class (Warp's Float, Scalar, vector(length=Any, dtype=Scalar),
// quaternion(dtype=Float), ...), and each argument and the result is a pattern over T (T itself, its
// scalar, the vec3 with T's scalar, a fixed type). The codegen matches argument types against a
// signature (Warp's Function overload matching plus value_func); the generator instantiates the same
// signature at every T of its type universe to learn what each row can produce.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "types/type.h"

namespace ws::lang {

// The types T a row is generic over.
enum class TClass : uint8_t {
  NumScalar,     // Warp's Scalar: every scalar but bool
  SignedScalar,  // signed ints and floats
  IntScalar,     // Warp's Int
  FloatScalar,   // Warp's Float
  Bool,
  BoolOrInt,   // what `not` accepts (unot)
  Float32,     // exactly float32: rows whose other types are fixed (random numbers, geometry)
  FloatWide,   // float32 or float64 (intersect_tri_tri)
  Vec,         // vector(length=Any, dtype=Scalar)
  FloatVec,    // vector(length=Any, dtype=Float)
  Float32Vec,  // vectors of float32 of any length (noise)
  Vec3,        // vector(length=3, dtype=Scalar)
  FloatVec3,
  Spatial,  // float 6-vectors (spatial_vector)
  Mat,      // matrix(shape=(Any, Any), dtype=Scalar)
  FloatMat,
  SqMat,       // square matrices of size 2 to 4
  FloatSqMat,  // ... of a float scalar
  Mat2,        // square matrices by size (matrix_from_cols and friends take one vector per row)
  Mat3,
  Mat4,
  FloatMat44,     // mat44 of a float scalar (transform_point(m, p))
  Quat,           // quaternion(dtype=Float)
  Transform,      // transformation(dtype=Float)
  Additive,       // what + and - accept: numeric scalars, vectors, matrices, quaternions, transforms
  Unary,          // what unary - and + accept: numeric scalars, vectors, matrices, quaternions
  Negatable,      // signed scalars and vectors/matrices/quaternions of them: what the generator negates
                  // (an unsigned value would wrap)
  WideVec3,       // vec3 of float32 or float64 (the volume index/world transforms)
  HashGridQuery,  // hash grid queries of any float precision (hash_grid_query_next)
  Array,          // array(dtype=Any): a plain array of any dtype and ndim (types_equal_generic compares the
                  // concrete array class and dtype only): unot's array overload
  Any             // every type (wp.where); last
};
inline constexpr size_t kNumClasses = static_cast<size_t>(TClass::Any) + 1;

// An argument or result type as a function of T.
enum class Pat : uint8_t {
  None,
  T,
  S,           // T's scalar
  RowVec,      // vector of T's row count and scalar (mat * vec result, matrix_from_rows arguments)
  ColVec,      // vector of T's column count and scalar (mat * vec operand, vec * mat result)
  SqMat,       // square matrix of T's length and scalar (outer, diag)
  Transposed,  // T's transpose
  MatRhs,      // any matrix with T's column count as rows and T's scalar (mat * mat operand); the
               // generator instantiates it square
  MatProduct,  // T's rows by the MatRhs operand's columns (mat * mat result)
  Vec3S,       // vec3 of T's scalar
  QuatS,       // quat of T's scalar
  Mat33S,      // mat33 of T's scalar
  XformS,      // transform of T's scalar
  Bool,
  Int32,
  UInt32,
  Float32,
  Vec2,     // wp.vec2 (float32)
  Vec3,     // wp.vec3 (float32)
  Vec4,     // wp.vec4 (float32)
  Rng,      // a random state made by wp.rand_init (uint32)
  Void,     // no result (value_type=None): the call is a statement
  UInt64,   // a mesh, BVH, hash grid or volume id
  Array1T,  // a 1-d array of T (lower_bound)
  // the spatial query types (types/query.h)
  HashGridQueryS,  // the hash grid query of T's scalar
  MeshQueryPoint,
  MeshQueryRay,
  MeshQueryAabb,
  MeshQuerySphere,
  BvhQueryAabb,
  BvhQueryRay,
  BvhQueryCapsule,
  BvhQuerySphere,
  Mesh,   // what mesh_get returns
  Named,  // the scalar type the row's key names (casts: wp.float16(x), int(x)); last
};
inline constexpr size_t kNumPats = static_cast<size_t>(Pat::Named) + 1;

// The most arguments a row takes: mesh_query_ray's out-parameter overload.
inline constexpr size_t kMaxArgs = 11;
using Args = std::array<Pat, kMaxArgs>;

struct Signature {
  TClass cls;
  Pat ret;
  Args args;  // None after the last
  int arity() const {
    int n = 0;
    while (n < static_cast<int>(args.size()) && args[n] != Pat::None) ++n;
    return n;
  }
};

// Whether t belongs to class c.
bool in_class(TClass c, const types::Type& t);
// The type pattern p stands for at T (the square instance for MatRhs and MatProduct); nullopt for None
// and Named, which depends on the key.
std::optional<types::Type> instantiate(Pat p, const types::Type& t);
// The result type when `args` match `sig` (T bound as Warp binds its type variables: from the first
// argument typed T, else from the class and the first argument's scalar), or nullopt. `key` is only read
// by the Named result.
std::optional<types::Type> match(const Signature& sig, std::string_view key, std::span<const types::Type> args);

}  // namespace ws::lang
