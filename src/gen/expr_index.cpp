// ExprBuilder's array accesses (gen/expr.h): every index it writes is in bounds for any launch under
// the contract, and every loop bound it writes keeps the trip count small.
#include <algorithm>
#include <array>

#include "gen/expr.h"

namespace ws::gen {

namespace {

constexpr size_t kMaxCandidates = 64;

template <class T>
const T& pick_n(Rng& rng, const std::array<T, kMaxCandidates>& items, size_t n) {
  return items[static_cast<size_t>(rng.range(0, static_cast<int64_t>(n) - 1))];
}

}  // namespace

ExprId ExprBuilder::own_element(VarId array) {
  const int ndim = cx_.prog.vars[array].ndim;
  cx_.note_read(array);
  std::array<ExprId, 4> kids{};
  for (int d = 0; d < ndim; ++d) kids[d] = var(cx_.tid[d]);
  return make(ExprKind::Index, cx_.prog.vars[array].type, array, std::span<const ExprId>(kids.data(), ndim));
}

ExprId ExprBuilder::element(VarId array) {
  const Var& a = cx_.prog.vars[array];
  const bool launch_shaped = cx_.in_kernel && a.fixed == 0 && a.ndim == static_cast<int>(cx_.tid.size());
  if (launch_shaped && cx_.rng.chance(cx_.policy.p_tid_index)) return own_element(array);
  cx_.note_read(array);
  const int ndim = a.ndim;
  std::array<ExprId, 4> kids{};
  const bool outer = in_index_;
  in_index_ = true;
  for (int d = 0; d < ndim; ++d) kids[d] = index_for(array, d);
  in_index_ = outer;
  return make(ExprKind::Index, cx_.prog.vars[array].type, array, std::span<const ExprId>(kids.data(), ndim));
}

ExprId ExprBuilder::shape_of(VarId array, int dim) {
  return make(ExprKind::Shape, kInt32, array, {}, static_cast<uint8_t>(dim));
}

ExprId ExprBuilder::last_index(VarId array, int dim) {
  static const uint16_t sub = op_row("-", TClass::Additive);
  const std::array<ExprId, 2> kids{shape_of(array, dim), int_literal(1)};
  return make_op(sub, kInt32, kids);
}

ExprId ExprBuilder::index_for(VarId array, int dim) {
  // In bounds for any array shape the contract allows: the thread's own index along a launch-shaped
  // axis; a stencil neighbour clamped to the array (wp.min(i + 1, a.shape[0] - 1), wp.max(i - 1, 0));
  // an enclosing loop's variable (or a helper's index parameter) that the loop's range keeps inside,
  // else wrapped or clamped; the thread index wrapped onto a fixed-size table; an int expression clamped.
  const Var& a = cx_.prog.vars[array];
  if (a.fixed == 1) return int_literal(0);  // a one-element accumulator
  const bool launch_axis = cx_.in_kernel && a.fixed == 0 && a.ndim == static_cast<int>(cx_.tid.size());
  std::array<VarId, kMaxCandidates> loops;
  size_t n = 0;
  for (VarId v : cx_.scope.visible()) {
    const Var& var = cx_.prog.vars[v];
    const bool index_param = !cx_.in_kernel && var.role == Role::Param && var.type == kInt32 && var.ndim == 0;
    if ((var.role == Role::LoopVar || index_param) && n < loops.size()) loops[n++] = v;
  }
  const bool wrap_tid = cx_.in_kernel && !launch_axis && !cx_.tid.empty();
  const std::array<double, 5> w = {launch_axis ? 3.0 : 0.0, launch_axis ? 1.2 : 0.0, n > 0 ? 3.0 : 0.0,
                                   wrap_tid ? 1.5 : 0.0, 0.6};
  switch (cx_.rng.weighted(w)) {
    case 0:
      return var(cx_.tid[dim]);
    case 1: {
      const auto step = static_cast<int>(cx_.rng.range(1, 2));
      return neighbor_index(array, dim, cx_.rng.chance(0.5) ? -step : step);
    }
    case 2:
      return fit(array, dim, var(pick_n(cx_.rng, loops, n)));
    case 3:
      return wrap(array, dim, var(cx_.tid[std::min<size_t>(dim, cx_.tid.size() - 1)]));
    default: {
      const ExprId e = build(kInt32, 1);
      if (!cx_.prog.exprs[e].constant) return fit(array, dim, e);
      if (n > 0) return fit(array, dim, var(pick_n(cx_.rng, loops, n)));
      return wrap_tid ? wrap(array, dim, var(cx_.tid[0])) : clamp(array, dim, cast_to(kInt32, e));
    }
  }
}

ExprId ExprBuilder::neighbor_index(VarId array, int dim, int offset) {
  static const uint16_t add = op_row("+", TClass::Additive), sub = op_row("-", TClass::Additive);
  const std::array<ExprId, 2> k{var(cx_.tid[dim]), int_literal(offset < 0 ? -offset : offset)};
  if (offset < 0) {
    const std::array<ExprId, 2> lo{make_op(sub, kInt32, k), int_literal(0)};
    return call_builtin("max", lo);
  }
  const std::array<ExprId, 2> hi{make_op(add, kInt32, k), last_index(array, dim)};
  return call_builtin("min", hi);
}

ExprId ExprBuilder::neighbor(VarId array, int axis, int offset) {
  cx_.note_read(array);
  const int ndim = cx_.prog.vars[array].ndim;
  std::array<ExprId, 4> kids{};
  const bool outer = in_index_;
  in_index_ = true;
  for (int d = 0; d < ndim; ++d) kids[d] = d == axis ? neighbor_index(array, d, offset) : var(cx_.tid[d]);
  in_index_ = outer;
  return make(ExprKind::Index, cx_.prog.vars[array].type, array, std::span<const ExprId>(kids.data(), ndim));
}

ExprId ExprBuilder::wrap(VarId array, int dim, ExprId e) {
  // e >= 0: e % a.shape[dim] or wp.min(e, a.shape[dim] - 1)
  static const uint16_t mod = op_row("%", TClass::NumScalar);
  if (cx_.rng.chance(0.5)) {
    const std::array<ExprId, 2> k{e, shape_of(array, dim)};
    return make_op(mod, kInt32, k);
  }
  const std::array<ExprId, 2> k{e, last_index(array, dim)};
  return call_builtin("min", k);
}

ExprId ExprBuilder::clamp(VarId array, int dim, ExprId e) {
  const std::array<ExprId, 3> k{e, int_literal(0), last_index(array, dim)};
  return call_builtin("clamp", k);
}

ExprId ExprBuilder::fit(VarId array, int dim, ExprId e) {
  const Var& a = cx_.prog.vars[array];
  const Expr& x = cx_.prog.exprs[e];
  const bool launch_axis = cx_.in_kernel && a.fixed == 0 && a.ndim == static_cast<int>(cx_.tid.size());
  if (launch_axis && x.kind == ExprKind::Var && x.ref == cx_.tid[dim]) return e;
  const Range r = x.range;
  if (a.fixed && r.within({0, a.fixed - 1.0})) return e;
  return r.ok() && r.lo >= 0 ? wrap(array, dim, e) : clamp(array, dim, e);
}

ExprId ExprBuilder::element_along(VarId array, VarId index) {
  cx_.note_read(array);
  const int ndim = cx_.prog.vars[array].ndim;
  std::array<ExprId, 4> kids{};
  const bool outer = in_index_;
  in_index_ = true;
  kids[0] = fit(array, 0, var(index));
  for (int d = 1; d < ndim; ++d) kids[d] = index_for(array, d);
  in_index_ = outer;
  return make(ExprKind::Index, cx_.prog.vars[array].type, array, std::span<const ExprId>(kids.data(), ndim));
}

ExprId ExprBuilder::extent() {
  // Loop bounds the contract keeps small: an int parameter, the length of a fixed-size table, or a small
  // int expression. Never a launch-sized extent: a loop's trip count bounds what its body accumulates.
  // Inside loops whose trips already multiply to kMaxNestedTrips / 64, a few trips: three nested loops
  // over 64-entry tables ran 262,144 iterations per thread (generate --seed 777 kernel 1799 timed out).
  double open = 1;
  for (double t : cx_.trips) open *= t;
  if (open * 64 > kMaxNestedTrips) return cast_to(kInt32, int_literal(cx_.rng.range(2, 4)));
  std::array<VarId, kMaxCandidates> params, tables;
  size_t n = 0, m = 0;
  for (VarId v : cx_.scope.visible()) {
    const Var& var = cx_.prog.vars[v];
    if (var.role == Role::Param && var.type == kInt32 && var.ndim == 0 && cx_.facts[v].env.within({0, 64}) &&
        n < params.size())
      params[n++] = v;
  }
  for (VarId v : cx_.inputs)
    if (cx_.prog.vars[v].fixed > 1 && m < tables.size()) tables[m++] = v;
  const std::array<double, 3> w = {n > 0 ? 4.0 : 0.0, m > 0 ? 1.5 : 0.0, 1.0};
  switch (cx_.rng.weighted(w)) {
    case 0:
      return var(pick_n(cx_.rng, params, n));
    case 1:
      return shape_of(pick_n(cx_.rng, tables, m), 0);
    default: {
      const size_t mark = cx_.read_log.size();
      const ExprId e = build(kInt32, 1);
      if (!cx_.prog.exprs[e].constant && cx_.prog.exprs[e].range.within({-64, 64})) return e;
      cx_.undo_reads(mark);
      return cast_to(kInt32, int_literal(cx_.rng.range(2, 16)));
    }
  }
}

}  // namespace ws::gen
