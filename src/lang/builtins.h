// Warp's builtins as one data table, mirroring warp/_src/builtins.py where each add_builtin call declares
// an overload once: the Python key, the C++ function, a typed signature (lang/signature.h) and the flags
// that change emitted code (is_differentiable, require_original_output_arg, skip_replay). The codegen
// resolves calls against it (resolve); the generator writes builtins from the same rows (gen/ops.cpp
// names a row per production and takes its signature from here). Adding a builtin is adding a row;
// anything without a row is declined by the codegen.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "lang/signature.h"
#include "types/type.h"

namespace ws::lang {

enum Flag : uint8_t {
  kDiff = 1,         // has an adjoint: a reverse call is emitted
  kReqOut = 2,       // the adjoint takes the forward output too
  kSkipReplay = 4,   // side effect: the backward pass replays it commented out
  kTemplScalar = 8,  // dispatch_func passes the result's scalar as the only template argument:
                     // wp::matrix_from_cols<wp::float32>(...) forward, plain adj_ name backward
  kInternal = 16,    // a special form only the codegen itself emits (loads, stores, loops, copies):
                     // kernel source cannot call it as wp.<key>
};

// How the codegen emits a row: a call found by resolve(), a constructor, an inline operator, or a special
// form (Warp's calls with a dispatch of their own, handled by key before the generic builtin path), each
// naming its codegen hook. Adjoint::emit_call dispatches the forms kernel source calls (Tid to Printf),
// Adjoint::add_builtin the forms that arrive as a builtin key (Where to ArrayStore).
enum class Emit : uint8_t {
  Call,  // a call of `native` (Adjoint.add_builtin_call), found by resolve()
  // type constructors, a call of a type (wp.vec3d(...), wp.quat(...)); `native` is Warp's native_func
  VectorCtor,     // vector_dispatch_func (emit_vector_constructor)
  MatrixCtor,     // matrix_dispatch_func (emit_vector_constructor)
  QuatCtor,       // quaternion_dispatch_func (emit_quat_constructor)
  TransformCtor,  // transformation_dispatch_func, from a translation and a rotation (emit_transform_constructor)
  Inline,         // an operator written inline: comparisons (Adjoint.add_comp), and/or (add_bool_op)
  // special forms, by hook
  Tid,               // wp.tid(): one index or a tuple of them, and wp.block_dim(): the launch builtins of
                     // namespace "" (native_func builtin_tid<N>d, builtin_block_dim) (Adjoint::emit_tid)
  Len,               // len(x) of an array, vector or matrix (emit_len)
  Bool,              // bool(x) (emit_bool)
  IdentityConstant,  // wp.quat_identity(), wp.transform_identity() (emit_identity_constant)
  SpatialVector,     // wp.spatial_vector(...) from vectors or scalars (emit_spatial_vector)
  Identity,          // wp.identity(n=.., dtype=..), the one call with keywords (emit_identity)
  Atomic,            // wp.atomic_add(a, i, v) and the other atomics of lang/atomics.h (emit_call checks the
                     // array, builtin_array_access the indices and the element type)
  Print,             // print(x) / wp.print(x): any one value, differentiable (emit_print)
  Printf,            // wp.printf(fmt, *args): a string literal format, then any values (emit_printf)
  Tile,              // the tile builtins: arguments bound by name (lang/tiles.h), tile types computed as their
                     // value_func/dispatch_func do (Adjoint::emit_tile_call, codegen/adjoint_tiles.cpp)
  Where,             // wp.where(cond, a, b), also the merge of branch values (builtin_where)
  Decomposition,     // wp.svd3(A) -> (U, sigma, V), wp.svd2, wp.qr3 -> (Q, R), wp.eig3 -> (Q, d),
                     // wp.quat_to_axis_angle(q) -> (axis, angle): a value_func of several results,
                     // unpacked by the assignment (emit_decomposition)
  // internal forms (kInternal): what Warp's own emitters call by key
  Copy,        // copy(x): a loop-carried value before the loop mutates it (builtin_copy)
  Assign,      // assign(dest, src): a loop-carried value written back (builtin_assign)
  IterNext,    // iter_next(range) (builtin_iter_next)
  Range,       // range(...) of a dynamic for loop (builtin_range)
  Extract,     // extract(x, i[, j]): a component of a vector, matrix, quaternion, transform or shape
               // (builtin_extract)
  Address,     // address(a, i...): a reference to an array element (builtin_array_access)
  ArrayStore,  // array_store(a, i..., v) (builtin_array_access)
};

// A default argument value (add_builtin's `defaults`): a Python int or float. A call that leaves
// trailing defaulted arguments out gets them as constants (Adjoint.resolve_call's default_vars).
struct DefaultArg {
  bool is_float;
  double value;
};
inline constexpr DefaultArg kDefaultInt(int64_t v) {
  return {false, static_cast<double>(v)};
}
inline constexpr DefaultArg kDefaultFloat(double v) {
  return {true, v};
}

struct Row {
  std::string_view key;     // Python name, e.g. "sin", "add", "float32"; an operator's spelling for Inline
  std::string_view native;  // C++ name in namespace wp:: (Call and constructor rows; a hook knows its own)
  Signature sig;            // result None: a special form whose hook checks its arguments itself
  uint8_t flags;
  Emit emit = Emit::Call;
  // the defaults of the last arguments, in order (only Call rows have them)
  std::array<DefaultArg, 2> defaults{};
  uint8_t num_defaults = 0;
  std::span<const DefaultArg> trailing_defaults() const { return std::span(defaults).first(num_defaults); }
};

struct Resolved {
  const Row* row;
  types::Type result;
  // the defaults the call left out, which the codegen passes as constants after the given arguments
  std::span<const DefaultArg> defaulted;
};

// Every row, in table order (the order overloads of a key are tried in).
std::span<const Row> builtins();

// Finds the Call overload of `key` matching `args` exactly (after treating Python float/int as
// float32/int32), trailing defaulted arguments left out or not (tried in table order, as Warp's
// resolve_func binds each overload's signature). nullopt when the key is unknown or no row accepts
// the arguments.
std::optional<Resolved> resolve(std::string_view key, std::span<const types::Type> args);

// The special form with this key, or nullptr.
const Row* special_form(std::string_view key);

// The constructor row a call of type `t` is (vector, matrix, quaternion, transformation), or nullptr:
// scalars convert through their cast rows, structs have constructors of their own.
const Row* constructor(const types::Type& t);

// The parameter names of `key`'s overloads (builtins.py's input_types keys), where every overload names
// them alike and the codegen binds keywords to them; empty for the others, whose keywords are declined.
std::span<const std::string_view> param_names(std::string_view key);

// Whether kernel source may call `key`: a Call row or a special form that is not internal (used to
// tell "unsupported builtin" from "bad arguments").
bool has_key(std::string_view key);

}  // namespace ws::lang
