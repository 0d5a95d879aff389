// Warp's atomic builtins in one table: which keys exist (builtins.py's atomic_* rows), which augmented
// operator each one implements on an array element (`a[i] += x` is atomic_add, also on a component of
// an element through array_atomic_<op>_slot), whether it has an adjoint, and which element scalars Warp
// accepts (builtins.atomic_op_constraint and, for component slots, codegen's
// _is_supported_atomic_slot_type, which agree on the operators both take).
#pragma once

#include <string_view>

#include "types/type.h"

namespace ws::lang {

struct Atomic {
  std::string_view key;           // builtin key, e.g. "atomic_add"
  std::string_view operator_key;  // the augmented operator it implements ("add", "bit_and"), or empty
  bool differentiable;
  bool float16;  // float16 elements allowed (add and sub only)
  bool bitwise;  // [u]int32/[u]int64 elements only
  bool ordered;  // compares elements (min, max)
  bool compare;  // atomic_cas: a compare value before the new one (atomic_cas(arr, i, compare, value))
  std::string_view slot() const { return key.substr(7); }  // "add" in array_atomic_add_slot
};

// clang-format off
inline constexpr Atomic kAtomics[] = {
    {"atomic_add", "add", true, true, false, false, false},    {"atomic_sub", "sub", true, true, false, false, false},
    {"atomic_min", "", true, false, false, true, false},       {"atomic_max", "", true, false, false, true, false},
    {"atomic_exch", "", false, false, false, false, false},    {"atomic_and", "bit_and", false, false, true, false, false},
    {"atomic_or", "bit_or", false, false, true, false, false}, {"atomic_xor", "bit_xor", false, false, true, false, false},
    {"atomic_cas", "", false, false, false, false, true},
};
// clang-format on

// The atomic builtin with this key, or nullptr.
constexpr const Atomic* find_atomic(std::string_view key) {
  for (const Atomic& a : kAtomics) {
    if (a.key == key) return &a;
  }
  return nullptr;
}

// The atomic that `a[i] op= x` becomes for this operator key ("add", "bit_or", ...), or nullptr.
constexpr const Atomic* atomic_for_operator(std::string_view operator_key) {
  for (const Atomic& a : kAtomics) {
    if (!a.operator_key.empty() && a.operator_key == operator_key) return &a;
  }
  return nullptr;
}

// types.non_atomic_types: elements (or components) of these scalars are updated by load, operate, store.
constexpr bool is_non_atomic(types::Scalar s) {
  using types::Scalar;
  return s == Scalar::Int8 || s == Scalar::UInt8 || s == Scalar::Int16 || s == Scalar::UInt16;
}

// Whether Warp accepts `atomic` on elements of scalar type `s` (bfloat16 is not modelled).
constexpr bool atomic_supports(const Atomic& atomic, types::Scalar s) {
  using types::Scalar;
  switch (s) {
    case Scalar::Int32:
    case Scalar::UInt32:
    case Scalar::Int64:
    case Scalar::UInt64:
      return true;
    case Scalar::Float16:
      return atomic.float16;
    case Scalar::Float32:
    case Scalar::Float64:
      return !atomic.bitwise;
    default:
      return false;
  }
}

// Whether the module compiles when `atomic` updates elements of this kind. Warp accepts atomic_min/max
// on quaternion and transform arrays by their scalar (atomic_supports), so the codegen emits them, but
// wp:: has no max() for those types: the C++ does not compile (generate --seed 2027 --verify run,
// kernel 3371). The generator writes only what compiles.
constexpr bool atomic_compiles(const Atomic& atomic, types::Kind element) {
  return !atomic.ordered || (element != types::Kind::Quat && element != types::Kind::Transform);
}

}  // namespace ws::lang
