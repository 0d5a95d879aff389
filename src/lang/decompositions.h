// Warp's builtins whose value_func gives several results (builtins.py: svd3_value_func, svd2_value_func,
// qr3_value_func, eig3_value_func, quat_to_axis_angle_value_func), in one table: the argument each
// takes and the results an assignment unpacks (`U, sigma, V = wp.svd3(F)`), written in float32 and
// instantiated in the argument's float scalar. The codegen checks calls against it
// (Adjoint::emit_decomposition); the generator writes them from it (StmtKind::Decompose). Their rows in
// lang/builtins.cpp are special forms (Emit::Decomposition); the overloads that take the results as
// output arguments (export=False) have no row here and are declined.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "types/type.h"

namespace ws::lang {

struct Decomposition {
  std::string_view key;
  types::Type arg;  // its shape: a square float matrix or a float quaternion
  std::array<types::Type, 3> results;
  uint8_t count;
  std::span<const types::Type> outputs() const { return std::span(results).first(count); }
};

namespace decomposition_types {
using types::Scalar;
using types::Type;
inline constexpr Type kM33 = Type::matrix_of(3, 3, Scalar::Float32), kV3 = Type::vector_of(3, Scalar::Float32);
inline constexpr Type kM22 = Type::matrix_of(2, 2, Scalar::Float32), kV2 = Type::vector_of(2, Scalar::Float32);
}  // namespace decomposition_types

inline constexpr Decomposition kDecompositions[] = {
    {"svd3",
     decomposition_types::kM33,
     {decomposition_types::kM33, decomposition_types::kV3, decomposition_types::kM33},
     3},
    {"eig3", decomposition_types::kM33, {decomposition_types::kM33, decomposition_types::kV3}, 2},
    {"qr3", decomposition_types::kM33, {decomposition_types::kM33, decomposition_types::kM33}, 2},
    {"quat_to_axis_angle",
     types::Type::quat_of(types::Scalar::Float32),
     {decomposition_types::kV3, types::Type::scalar_of(types::Scalar::Float32)},
     2},
    {"svd2",
     decomposition_types::kM22,
     {decomposition_types::kM22, decomposition_types::kV2, decomposition_types::kM22},
     3},
};

// The row of `key` (the generator's reference to one); the table's size when it has none.
constexpr uint8_t decomposition_row(std::string_view key) {
  for (size_t i = 0; i < std::size(kDecompositions); ++i)
    if (kDecompositions[i].key == key) return static_cast<uint8_t>(i);
  return static_cast<uint8_t>(std::size(kDecompositions));
}

// `t` in scalar `s` (a row's argument or result, written in float32).
constexpr types::Type in_scalar(types::Type t, types::Scalar s) {
  t.scalar = s;
  return t;
}

}  // namespace ws::lang
