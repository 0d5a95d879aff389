// Slices (Adjoint.emit_Slice, eval_const_slice, eval_raw_const_slice) and what takes them: `a[i:j]`,
// `b[i, ::2]` and `b[i]` of a 2-d array become a wp::slice_t per slice and one wp::view of the array (the
// view branch of Adjoint.emit_indexing); `v[1:3]` and `m[:2, 1]` of a vector, quaternion, transform or
// matrix a slice_t of compile-time bounds per slice and one wp::extract<shape> (vector_extract_value_func,
// matrix_extract_value_func); a tile's slices have raw constant bounds that tile_view normalizes
// (adjoint_tiles.cpp). Slices in an array store target's own indices are declined by eval, which meets
// their Slice nodes.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

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

// slice_t.get_length(parent_length) (wrap=False): how many components a slice of constant bounds selects.
int64_t slice_length(const std::array<int64_t, 3>& bounds, int64_t n) {
  const auto [first, last, step] = bounds;
  const int64_t start = first == kSliceBegin ? (step < 0 ? n - 1 : 0) : std::min(std::max(first, -n), n);
  const int64_t stop = last == kSliceEnd ? (step < 0 ? -1 : n) : std::min(std::max(last, -n), n);
  if (step > 0 && start < stop) return 1 + (stop - start - 1) / step;
  if (step < 0 && start > stop) return 1 + (start - stop - 1) / (-step);
  return 0;
}

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
      add_call(builtin_spec("view", {Type::array_of(t.dtype(), static_cast<int>(t.ndim) - ints, t.array_class)}, true),
               call_args)
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

// eval_const_slice_component: the part evaluated (its constant is declared like any), which must be a
// Python int constant; a typed constant (wp.int32(2)) carries none in Warp.
int64_t Adjoint::const_slice_component(const Expr& n) {
  Var* v = eval(n);
  if (!v || !v->constant || v->typed_constant || v->constant->kind != PyValue::Kind::Int)
    decline("slice bound other than an integer constant", n.pos);
  return v->constant->i;
}

namespace {

struct SliceParts {
  const Expr* lower;
  const Expr* upper;
  const Expr* step;
};

// The parts of an ast.Slice that are present (null for the others): items hold them in order, and
// int_value says which they are.
SliceParts slice_parts(const Expr& e) {
  size_t item = 0;
  auto part = [&](int64_t bit) { return e.int_value & bit ? e.items[item++].get() : nullptr; };
  const Expr* lower = part(frontend::kSliceLower);
  const Expr* upper = part(frontend::kSliceUpper);
  return {lower, upper, part(frontend::kSliceStep)};
}

}  // namespace

// eval_const_slice with the sequence's length known (CPython's slice.indices: negative bounds wrap, all
// clamp), step first, then add_builtin_call("slice") with the three Python ints, constants after its result.
Var* Adjoint::emit_const_slice(const Expr& e, int64_t length) {
  const auto [lower, upper, step_node] = slice_parts(e);
  const int64_t step = step_node ? const_slice_component(*step_node) : 1;
  if (step == 0) decline("slice step of zero", e.pos);
  const int64_t low = step > 0 ? 0 : -1;
  const int64_t high = step > 0 ? length : length - 1;
  auto resolve = [&](const Expr* part, int64_t open) {
    if (!part) return open;
    const int64_t value = const_slice_component(*part);
    if (value < -(int64_t{1} << 40) || value > (int64_t{1} << 40)) decline("slice bound out of range", part->pos);
    return value < 0 ? std::max(value + length, low) : std::min(value, high);
  };
  const int64_t start = resolve(lower, step > 0 ? low : high);
  const int64_t stop = resolve(upper, step > 0 ? high : low);
  CallSpec spec = builtin_spec("slice_t", {Type::slice()}, false);
  spec.defaults = {PyValue::of_int(start), PyValue::of_int(stop), PyValue::of_int(step)};
  Var* out = add_call(spec, {nullptr, nullptr, nullptr}).front();
  out->slice_bounds = {start, stop, step};
  return out;
}

// eval_raw_const_slice: a tile's slice, its bounds constant but not resolved (open ones SLICE_BEGIN and
// SLICE_END, recorded as omitted): tile_view normalizes them against the axis length.
Var* Adjoint::emit_raw_const_slice(const Expr& e) {
  const auto [lower, upper, step_node] = slice_parts(e);
  const int64_t step = step_node ? const_slice_component(*step_node) : 1;
  if (step == 0) decline("slice step of zero", e.pos);
  const int64_t start = lower ? const_slice_component(*lower) : kSliceBegin;
  const int64_t stop = upper ? const_slice_component(*upper) : kSliceEnd;
  for (int64_t v : {start, stop, step}) {
    if (v > INT32_MAX || v < INT32_MIN) decline("slice bound beyond int32", e.pos);
  }
  CallSpec spec = builtin_spec("slice_t", {Type::slice()}, false);
  spec.defaults = {PyValue::of_int(start), PyValue::of_int(stop), PyValue::of_int(step)};
  Var* out = add_call(spec, {nullptr, nullptr, nullptr}).front();
  out->slice_bounds = {start, stop, step};
  out->start_omitted = !lower;
  out->stop_omitted = !upper;
  return out;
}

// extract with a slice among the indices of a vector, quaternion or transform (vector_extract_value_func:
// a vector of the slice's length) or a matrix (matrix_extract_value_func: a vector where one dimension
// is indexed, else a matrix); the result's shape is the template argument (vector/matrix_extract_dispatch_func).
Var* Adjoint::emit_composite_slice(Var* target, const Vars& indices, const Expr& at) {
  const Type t = target->type.value();
  std::vector<int64_t> shape;  // -1: an indexed dimension
  const std::array<int64_t, 2> dims{t.rows, t.cols};
  const size_t rank = t.is_matrix() ? 2 : 1;
  if (indices.size() > rank) decline("slice with more indices than dimensions", at.pos);
  for (size_t i = 0; i < indices.size(); ++i) {
    const Var* idx = indices[i];
    if (idx->slice_bounds) {
      shape.push_back(slice_length(*idx->slice_bounds, dims[i]));
    } else if (idx->type.value().is_int()) {
      shape.push_back(-1);
    } else {
      decline("non-integer index", at.pos);
    }
  }
  for (size_t i = indices.size(); i < rank; ++i) shape.push_back(dims[i]);
  std::vector<int64_t> out_shape;
  for (int64_t d : shape) {
    if (d >= 0) out_shape.push_back(d);
  }
  // matrix_extract_value_func: a matrix with an empty dimension is empty in both
  if (out_shape.size() == 2 && (out_shape[0] == 0 || out_shape[1] == 0)) out_shape = {0, 0};
  Type out = out_shape.size() == 1
                 ? Type::vector_of(static_cast<int>(out_shape[0]), t.scalar)
                 : Type::matrix_of(static_cast<int>(out_shape[0]), static_cast<int>(out_shape[1]), t.scalar);
  std::string templ;
  for (int64_t d : out_shape) templ += (templ.empty() ? "" : ", ") + std::to_string(d);
  CallSpec spec = builtin_spec("extract", {out}, true);
  spec.name = keep({spec.name, "<", templ, ">"});
  Vars call_args{target};
  for (Var* i : indices) call_args.push_back(i);
  return add_call(spec, call_args).front();
}

}  // namespace ws::codegen
