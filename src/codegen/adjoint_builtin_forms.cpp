// The builtins Adjoint::add_builtin reaches by key whose overloads Warp resolves with value and dispatch
// functions of their own rather than a fixed signature (builtins.py: copy, assign, where, iter_next,
// range, extract, address, array_store and the atomics): each is a special-form row of lang/builtins.h
// whose Emit names its hook here. A hook makes the argument checks Warp's value_func and constraint
// make, then emits the call as add_builtin_call would.
#include "codegen/adjoint.h"
#include "frontend/unsupported.h"
#include "lang/atomics.h"
#include "lang/builtins.h"

namespace ws::codegen {
namespace {

using frontend::decline;
using types::Scalar;
using types::Type;

// The types copy, assign and where move by value (besides structs).
bool is_value_type(const Type& t) {
  return t.kind == types::Kind::Scalar || t.kind == types::Kind::Vector || t.kind == types::Kind::Matrix ||
         t.kind == types::Kind::Quat || t.kind == types::Kind::Transform;
}

// iter_next's overloads: a range, a hash grid query of any precision, a mesh query (MeshQuery, which
// the AABB and sphere kinds erase to).
bool iterable(const Type& t) {
  using types::Query;
  return t.kind == types::Kind::Range ||
         (t.is_query() && (t.query == Query::HashGrid || t.query == Query::MeshAabb || t.query == Query::MeshSphere));
}

}  // namespace

Adjoint::CallSpec Adjoint::builtin_spec(std::string_view native, SmallVector<Type, 2> outputs, bool diff,
                                        bool skip_replay) {
  return CallSpec{keep({"wp::", native}),
                  keep({"wp::adj_", native}),
                  std::move(outputs),
                  diff,
                  false,
                  skip_replay,
                  true,
                  std::nullopt};
}

Var* Adjoint::add_builtin_form(const lang::Row& form, const Vars& a, std::span<const Type> types, frontend::Pos at) {
  switch (form.emit) {
    case lang::Emit::Copy:
      return builtin_copy(a, types, at);
    case lang::Emit::Assign:
      return builtin_assign(a, types, at);
    case lang::Emit::Where:
      return builtin_where(a, types, at);
    case lang::Emit::IterNext:
      if (!iterable(types[0])) decline("iteration over a " + types[0].type_code() + " value", at);
      return add_call(builtin_spec("iter_next", {Type::scalar_of(Scalar::Int32)}, false), a).front();
    case lang::Emit::Range:
      return builtin_range(a, types, at);
    case lang::Emit::Extract:
      return builtin_extract(a, types, at);
    case lang::Emit::Address:
    case lang::Emit::ArrayStore:
    case lang::Emit::Atomic:
      return builtin_array_access(form, a, types, at);
    default:  // the forms emit_call dispatches itself never arrive as a builtin key
      decline("builtin '" + std::string(form.key) + "' called by key", at);
  }
}

// copy_value_func: a value, struct or array descriptor (`a = s.x`), copied before a loop mutates it.
Var* Adjoint::builtin_copy(const Vars& a, std::span<const Type> types, frontend::Pos at) {
  if (!is_value_type(types[0]) && !types[0].is_struct() && !types[0].is_plain_array())
    decline("copy of a non-value type", at);
  return add_call(builtin_spec("copy", {types[0]}, true), a).front();
}

// assign(dest, src): no result.
Var* Adjoint::builtin_assign(const Vars& a, std::span<const Type> types, frontend::Pos at) {
  if (!is_value_type(types[0]) && !types[0].is_struct() && !types[0].is_plain_array())
    decline("copy of a non-value type", at);
  if (types[0] != types[1]) decline("assignment of a different type in a loop", at);
  add_call(builtin_spec("assign", {}, true), a);
  return nullptr;
}

// where_value_func: a bool condition and two values (or array descriptors) of one type.
Var* Adjoint::builtin_where(const Vars& a, std::span<const Type> types, frontend::Pos at) {
  if (types.size() != 3) decline("where() arguments", at);
  if (!is_value_type(types[1]) && !types[1].is_struct() && !types[1].is_plain_array())
    decline("conditional merge of a non-value type", at);
  if (!types[0].is_bool() || types[1] != types[2]) decline("conditional merge of different types", at);
  return add_call(builtin_spec("where", {types[1]}, true), a).front();
}

// range(end), range(start, end), range(start, end, step): int32 arguments, no adjoint.
Var* Adjoint::builtin_range(const Vars& a, std::span<const Type> types, frontend::Pos at) {
  for (const Type& t : types) {
    if (t != Type::scalar_of(Scalar::Int32)) decline("range() with non-int32 arguments", at);
  }
  return add_call(builtin_spec("range", {Type::range()}, false), a).front();
}

// extract: a shape's dimension (no adjoint), else vector_extract_value_func / matrix_extract_value_func
// for integer indices (a component, or a matrix row).
Var* Adjoint::builtin_extract(const Vars& a, std::span<const Type> types, frontend::Pos at) {
  if (types[0].kind == types::Kind::Shape) {
    if (!types[1].is_int()) decline("shape index", at);
    return add_call(builtin_spec("extract", {Type::scalar_of(Scalar::Int32)}, false), a).front();
  }
  for (size_t i = 1; i < types.size(); ++i) {
    if (!types[i].is_int()) decline("non-integer index", at);
  }
  Type out;
  if ((types[0].is_vector() || types[0].is_quat() || types[0].is_transform()) && types.size() == 2) {
    out = Type::scalar_of(types[0].scalar);
  } else if (types[0].is_matrix() && types.size() == 2) {
    out = Type::vector_of(types[0].cols, types[0].scalar);  // a row
  } else if (types[0].is_matrix() && types.size() == 3) {
    out = Type::scalar_of(types[0].scalar);
  } else {
    decline("subscript of this type", at);
  }
  return add_call(builtin_spec("extract", {out}, true), a).front();
}

// address, array_store and the atomics: an array, one integer index per dimension (sametypes), and for
// all but address a value of the element type; the atomics' element rule is lang/atomics.h's.
// atomic_cas takes a compare value before the new one. Warp checks only the new value's type
// (create_atomic_op_value_func); a compare value of another type makes C++ whose template arguments
// conflict, so it is declined.
Var* Adjoint::builtin_array_access(const lang::Row& form, const Vars& a, std::span<const Type> types,
                                   frontend::Pos at) {
  const bool is_address = form.emit == lang::Emit::Address;
  const lang::Atomic* atomic = form.emit == lang::Emit::Atomic ? lang::find_atomic(form.key) : nullptr;
  const Type& arr = types[0];
  const size_t values = is_address ? 0 : atomic && atomic->compare ? 2 : 1;
  size_t nidx = a.size() - 1 - values;
  if (!arr.is_array() || nidx != arr.ndim) decline("array access with " + std::to_string(nidx) + " indices", at);
  for (size_t i = 1; i <= nidx; ++i) {
    if (!types[i].is_int()) decline("non-integer array index", at);
  }
  if (!is_address && types.back() != arr.dtype()) decline("array element of a different type", at);
  if (values == 2 && types[types.size() - 2] != arr.dtype())
    decline("atomic_cas compare value of a type other than the array's element", at);
  if (atomic && arr.dtype_kind == types::Kind::Struct) decline("atomic on a struct array", at);
  if (atomic && !lang::atomic_supports(*atomic, arr.scalar)) {
    const bool wide_float = arr.scalar == Scalar::Float32 || arr.scalar == Scalar::Float64;
    decline(atomic->bitwise && wide_float ? "bitwise atomic on this element type" : "atomic on a narrow element type",
            at);
  }
  if (is_address) return add_call(builtin_spec("address", {arr.dtype().as_reference()}, true), a).front();
  if (!atomic) {
    add_call(builtin_spec("array_store", {}, true, true), a);
    return nullptr;
  }
  return add_call(builtin_spec(form.key, {arr.dtype()}, atomic->differentiable, true), a).front();
}

}  // namespace ws::codegen
