// Array slices and views (Adjoint.emit_Slice and the view branch of Adjoint.emit_indexing): `a[i:j]`,
// `b[i, ::2]` and `b[i]` of a 2-d array become a wp::slice_t per slice and one wp::view of the array.
// Slices of vectors, matrices and tiles (eval_indices' compile-time bounds, tile_view) are declined by
// eval, which meets their Slice nodes.
#include <cstdint>

#include "codegen/adjoint.h"
#include "frontend/unsupported.h"

namespace ws::codegen {

using frontend::decline;
using frontend::Expr;
using frontend::ExprKind;
using types::Scalar;
using types::Type;

namespace {

// warp._src.types.SLICE_BEGIN / SLICE_END: the bounds an open slice stands for (int32's extremes).
constexpr int64_t kSliceBegin = INT32_MAX;
constexpr int64_t kSliceEnd = INT32_MIN;

}  // namespace

// emit_Slice: lower, upper and step are evaluated in that order; an absent part is a Python int
// (SLICE_BEGIN, SLICE_END, 1) that add_builtin_call("slice") turns into a constant after the result;
// a part read through a reference (`a[:n[0]]`) is loaded after those, as add_call loads every argument.
// The builtin takes int (int32) parts (no other integer type matches its overload) and has no adjoint.
Var* Adjoint::emit_slice(const Expr& e) {
  Vars parts;
  SmallVector<PyValue, 2> absent;
  size_t item = 0;
  auto part = [&](int64_t bit, int64_t open) {
    if (!(e.int_value & bit)) {
      parts.push_back(nullptr);
      absent.push_back(PyValue::of_int(open));
      return;
    }
    const Expr& n = *e.items[item++];
    Var* v = eval(n);
    if (!v) decline("void slice bound", n.pos);
    if (v->type.value() != Type::scalar_of(Scalar::Int32)) decline("slice bound of a type other than int32", n.pos);
    parts.push_back(v);
  };
  part(frontend::kSliceLower, kSliceBegin);
  part(frontend::kSliceUpper, kSliceEnd);
  part(frontend::kSliceStep, 1);
  if (parts[2] && parts[2]->constant && parts[2]->constant->i == 0) decline("slice step of zero", e.pos);
  CallSpec spec = builtin_spec("slice_t", {Type::slice()}, false);
  spec.defaults = absent;
  return add_call(spec, parts).front();
}

// emit_indexing of an array with fewer indices than dimensions or with a slice: each index is loaded,
// then view() (view_value_func: an array of the same dtype, one dimension less per integer index). The
// view's lvalue origin extends its array's (_LValueOrigin.extend_view).
Var* Adjoint::emit_array_view(Var* target, const Vars& indices, const Expr& at) {
  const Type t = target->type.value();
  if (indices.size() > t.ndim) decline("array view with more indices than dimensions", at.pos);
  int ints = 0;
  for (Var* i : indices) {
    const Type it = i->type.value();
    if (it.is_int()) {
      ++ints;
    } else if (it.kind != types::Kind::Slice) {
      decline("non-integer array index", at.pos);
    }
  }
  Vars call_args{target};
  for (Var* i : indices) call_args.push_back(load(i));
  std::optional<std::string> origin = reference_origin(target);
  Var* out =
      add_call(builtin_spec("view", {Type::array_of(t.dtype(), static_cast<int>(t.ndim) - ints)}, true), call_args)
          .front();
  if (!origin) return out;
  const std::string index_list = join_vars(std::span(call_args).subspan(1));
  out->origin = "wp::view(" + *origin + ", " + index_list + ")";
  // array_slot_adjoint's statements for this step, after the target's own (a view of a view), or from the
  // adjoint of the root the origin starts at (_LValueOrigin.from_local: a parameter or a named local)
  std::string stmts;
  if (target->view_adjoint) {
    stmts = *target->view_adjoint;
  } else if (*origin == target->emit()) {
    stmts = "auto slot_adj_0 = " + target->emit_adj() + ";";
  } else {
    return out;  // an origin through a struct field: not modelled
  }
  const std::string source = "slot_adj_" + std::to_string(target->view_steps);
  out->view_steps = target->view_steps + 1;
  out->view_adjoint = stmts + " if (!" + source + ".data) return {}; auto slot_adj_" + std::to_string(out->view_steps) +
                      " = wp::view(" + source + ", " + index_list + ");";
  return out;
}

}  // namespace ws::codegen
