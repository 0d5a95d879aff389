#include "gen/stmt.h"

#include <array>

namespace ws::gen {

namespace {

// Compound statements need room for their bodies; below this budget only simple statements are made.
constexpr int kCompoundBudget = 6;

bool any_type(TypeId) {
  return true;
}
bool additive(TypeId t) {
  return t != kBool;
}
bool composite(TypeId t) {
  return !is_scalar(t);
}
bool atomic_add_ok(TypeId t) {
  return info(t).atomic_add;
}
bool atomic_minmax_ok(TypeId t) {
  return info(t).atomic_minmax;
}

struct AugRows {
  uint16_t add = op_row("+", TClass::Additive);
  uint16_t sub = op_row("-", TClass::Additive);
  uint16_t mul = op_row("*", TClass::NumScalar);
  uint16_t div = op_row("/", TClass::NumScalar);
  uint16_t band = op_row("&", TClass::IntScalar);
  uint16_t bor = op_row("|", TClass::IntScalar);
  uint16_t bxor = op_row("^", TClass::IntScalar);
  uint16_t less = op_row("<", TClass::NumScalar);
  uint16_t land = op_row("and", TClass::Bool);
  uint16_t rand_init = op_row("rand_init", TClass::Float32);
};
const AugRows& rows() {
  static const AugRows r;
  return r;
}

// The augmented operator for a target of type t: + and - always, then * and / for scalars, bit ops for ints.
uint16_t aug_op(Rng& rng, TypeId t) {
  const AugRows& r = rows();
  if (!is_scalar(t)) return rng.chance(0.7) ? r.add : r.sub;
  std::array<uint16_t, 6> cand{r.add, r.sub, r.mul, 0, 0, 0};
  size_t n = 3;
  if (is_float_scalar(t)) cand[n++] = r.div;
  if (is_int_scalar(t)) cand[n++] = r.band, cand[n++] = r.bor, cand[n++] = r.bxor;
  static constexpr std::array<double, 6> kWeights = {4, 2, 2, 1, 0.5, 0.5};
  return cand[rng.weighted(std::span<const double>(kWeights.data(), n))];
}

// What Warp treats as a compile-time constant: float32/int32/bool literals, loop variables (an unrolled
// loop's iterator is one), wp.constant globals, and negations of those.
bool warp_constant(const Program& p, const Expr& e) {
  if (e.kind == ExprKind::Lit) return e.type == kInt32 || e.type == kFloat32 || e.type == kBool;
  if (e.kind == ExprKind::Var) return p.vars[e.ref].role == Role::LoopVar || p.vars[e.ref].role == Role::Global;
  return e.kind == ExprKind::Op && ops()[e.ref].form == Form::Prefix && ops()[e.ref].text == "-" &&
         warp_constant(p, p.kid(e, 0));
}

}  // namespace

void StmtBuilder::emit(StmtKind kind, int indent, ExprId e0, ExprId e1, ExprId e2, VarId var, uint16_t op) {
  cx_.prog.stmts.push_back(Stmt{kind, static_cast<uint8_t>(indent), op, var, e0, e1, e2});
  --cx_.budget;
}

int StmtBuilder::depth() {
  return static_cast<int>(cx_.rng.range(1, cx_.policy.max_depth));
}

TypeId StmtBuilder::pick_type() {
  return cx_.draw_local_type();
}

size_t StmtBuilder::locals(bool (*want)(TypeId), std::array<VarId, 64>& out) const {
  size_t n = 0;
  for (VarId v : cx_.scope.visible()) {
    const Var& var = cx_.prog.vars[v];
    if (var.role == Role::Local && var.ndim == 0 && want(var.type) && n < out.size()) out[n++] = v;
  }
  return n;
}

size_t StmtBuilder::outputs(bool (*want)(TypeId), std::span<VarId> out) const {
  size_t n = 0;
  if (!cx_.in_kernel) return 0;
  for (VarId v : cx_.outputs)
    if (want(cx_.prog.vars[v].type) && n < out.size()) out[n++] = v;
  return n;
}

ExprId StmtBuilder::value(TypeId t) {
  const ExprId e = ex_.build(t, depth());
  // A constant would make the local one too, and no dynamic loop may mutate it (nor may a later
  // iteration of an unrolled loop): copy it into a fresh value instead.
  return warp_constant(cx_.prog, cx_.prog.exprs[e]) ? ex_.cast_to(t, e) : e;
}

VarId StmtBuilder::declare(int indent, TypeId t, ExprId init, Role role) {
  const NameKind kind = role == Role::Rng ? NameKind::Rng : role == Role::LoopVar ? NameKind::Counter : NameKind::Local;
  const VarId v = cx_.add_var(cx_.namer.fresh(cx_.rng, kind, t), t, 0, role);
  emit(StmtKind::Assign, indent, ex_.lvalue(v), init);
  cx_.scope.add(v);
  return v;
}

void StmtBuilder::block(int indent, int count, BlockCtx bc) {
  cx_.scope.open();
  statement(indent, bc);
  for (int i = 1; i < count && cx_.budget > 0; ++i) statement(indent, bc);
  if (cx_.rng.chance(0.6)) sink(indent);
  cx_.scope.close();
}

// Parameters the body never read are folded into an output (out[i] += float(n), out[i] += a[i]): kernels
// that ignore their inputs teach nothing.
void StmtBuilder::consume_params(int indent) {
  if (cx_.outputs.empty()) return;
  for (VarId p : cx_.prog.funcs[cx_.func].params) {
    const Var& param = cx_.prog.vars[p];
    if (param.role != Role::Param || cx_.reads[p] > 0 || (param.ndim == 0 && !is_scalar(param.type))) continue;
    if (param.type == kBool || cx_.budget <= -8) continue;  // a little past the budget is fine: bounded
    // An output of the same type, or any numeric scalar output (with a conversion).
    VarId out = kNoVar;
    for (VarId o : cx_.outputs)
      if (cx_.prog.vars[o].type == param.type) out = o;
    if (out == kNoVar && is_scalar(param.type))
      for (VarId o : cx_.outputs)
        if (is_scalar(cx_.prog.vars[o].type) && cx_.prog.vars[o].type != kBool) out = o;
    if (out == kNoVar) continue;
    const TypeId t = cx_.prog.vars[out].type;
    ExprId value = param.ndim > 0 ? ex_.element(p) : ex_.var(p);
    if (cx_.prog.exprs[value].type != t) value = ex_.cast_to(t, value);
    if (info(t).atomic_add)
      emit(StmtKind::AugAssign, indent, ex_.element(out), value, kNoExpr, 0, rows().add);
    else
      emit(StmtKind::Assign, indent, ex_.element(out), value);
    cx_.written[out] = true;
  }
}

// The innermost block's latest unread local flows somewhere before the block closes (outer += v, or
// out[i] = v in a kernel), so fewer values are dead on arrival.
void StmtBuilder::sink(int indent) {
  const std::span<const VarId> mine = cx_.scope.innermost();
  VarId v = kNoVar;
  for (auto it = mine.rbegin(); it != mine.rend() && v == kNoVar; ++it)
    if (cx_.prog.vars[*it].role == Role::Local && cx_.reads[*it] == 0) v = *it;
  if (v == kNoVar || cx_.budget <= 0) return;
  const TypeId t = cx_.prog.vars[v].type;
  std::array<VarId, 64> cand;
  size_t n = 0;
  const auto& visible = cx_.scope.visible();
  for (size_t i = 0; i + mine.size() < visible.size() && n < cand.size(); ++i) {
    const Var& outer = cx_.prog.vars[visible[i]];
    if (outer.role == Role::Local && outer.ndim == 0 && outer.type == t && t != kBool) cand[n++] = visible[i];
  }
  if (n > 0) {
    const VarId outer = cand[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
    emit(StmtKind::AugAssign, indent, ex_.lvalue(outer), ex_.var(v), kNoExpr, 0, rows().add);
    return;
  }
  n = 0;
  if (cx_.in_kernel)
    for (VarId out : cx_.outputs)
      if (cx_.prog.vars[out].type == t && n < cand.size()) cand[n++] = out;
  if (n == 0) return;
  const VarId out = cand[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  emit(StmtKind::Assign, indent, ex_.element(out), ex_.var(v));
  cx_.written[out] = true;
}

void StmtBuilder::statement(int indent, BlockCtx bc) {
  const Policy& pol = cx_.policy;
  Weights<StmtChoice> w{};
  auto allow = [&](StmtChoice c, bool ok) {
    if (ok) w[static_cast<size_t>(c)] = pol.stmt[static_cast<size_t>(c)];
  };
  const bool room = bc.nest < pol.max_nest && cx_.budget >= kCompoundBudget;
  const Scope& sc = cx_.scope;
  const bool kernel = cx_.in_kernel;
  allow(StmtChoice::Decl, true);
  allow(StmtChoice::Assign, sc.locals() > 0);
  allow(StmtChoice::AugAssign, sc.additive_locals() > 0);
  allow(StmtChoice::CompAssign, sc.composite_locals() > 0 || (kernel && cx_.composite_outputs > 0));
  allow(StmtChoice::Store, kernel && !cx_.outputs.empty());
  allow(StmtChoice::ArrayAug, kernel && cx_.atomic_outputs > 0);
  allow(StmtChoice::Atomic, kernel && cx_.atomic_outputs > 0);
  allow(StmtChoice::If, room);
  allow(StmtChoice::ForStatic, room && for_allowed(bc));
  allow(StmtChoice::ForDynamic, room && for_allowed(bc));
  allow(StmtChoice::While, room);
  allow(StmtChoice::Reduce, room && for_allowed(bc));
  allow(StmtChoice::Break, bc.loops > 0);
  allow(StmtChoice::Continue, bc.loops > 0);
  allow(StmtChoice::Return, bc.nest < pol.max_nest);

  switch (static_cast<StmtChoice>(cx_.rng.weighted(w))) {
    case StmtChoice::Decl: {
      const TypeId t = pick_type();
      declare(indent, t, value(t));
      return;
    }
    case StmtChoice::Assign:
      return assign(indent);
    case StmtChoice::AugAssign:
      return aug_assign(indent);
    case StmtChoice::CompAssign:
      return comp_assign(indent);
    case StmtChoice::Store:
      return store(indent);
    case StmtChoice::ArrayAug:
      return array_aug(indent);
    case StmtChoice::Atomic:
      return atomic(indent);
    case StmtChoice::If:
      return if_chain(indent, bc);
    case StmtChoice::ForStatic:
      return for_loop(indent, bc, false);
    case StmtChoice::ForDynamic:
      return for_loop(indent, bc, true);
    case StmtChoice::While:
      return while_loop(indent, bc);
    case StmtChoice::Reduce:
      return reduce(indent, bc);
    case StmtChoice::Break:
      return guarded(indent, StmtKind::Break);
    case StmtChoice::Continue:
      return guarded(indent, StmtKind::Continue);
    case StmtChoice::Return:
      return guarded(indent, StmtKind::Return);
    case StmtChoice::kCount:
      break;
  }
}

void StmtBuilder::assign(int indent) {
  std::array<VarId, 64> buf;
  const size_t n = locals(any_type, buf);
  const VarId v = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const TypeId t = cx_.prog.vars[v].type;
  ExprId e = value(t);
  // x = x says nothing: assign a fresh constant instead.
  if (cx_.prog.exprs[e].kind == ExprKind::Var && cx_.prog.exprs[e].ref == v) {
    e = ex_.literal(t);
    if (warp_constant(cx_.prog, cx_.prog.exprs[e])) e = ex_.cast_to(t, e);
  }
  emit(StmtKind::Assign, indent, ex_.lvalue(v), e);
}

void StmtBuilder::aug_assign(int indent) {
  std::array<VarId, 64> buf;
  const size_t n = locals(additive, buf);
  const VarId v = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const TypeId t = cx_.prog.vars[v].type;
  const uint16_t op = aug_op(cx_.rng, t);
  ExprId e = ex_.build(t, depth());
  if (cx_.prog.exprs[e].kind == ExprKind::Var && cx_.prog.exprs[e].ref == v) e = ex_.literal(t);  // not x -= x
  emit(StmtKind::AugAssign, indent, ex_.lvalue(v), e, kNoExpr, 0, op);
}

void StmtBuilder::comp_assign(int indent) {
  // A component of a composite local (v.x = ..., m[1] += ...) or of an output element (out[i].y = ...).
  std::array<VarId, 64> buf;
  const size_t nlocal = locals(composite, buf);
  const size_t n = nlocal + outputs(composite, std::span<VarId>(buf).subspan(nlocal));
  const size_t pick = static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1));
  const VarId v = buf[pick];
  const bool element = pick >= nlocal;
  const ExprId target = ex_.component_of(element ? ex_.element(v) : ex_.lvalue(v));
  const TypeId t = cx_.prog.exprs[target].type;
  if (!element && cx_.rng.chance(0.3)) {
    const uint16_t op = cx_.rng.chance(0.7) ? rows().add : rows().sub;
    emit(StmtKind::AugAssign, indent, target, ex_.build(t, depth()), kNoExpr, 0, op);
  } else {
    emit(StmtKind::Assign, indent, target, ex_.build(t, depth()));
  }
  if (element) cx_.written[v] = true;
}

void StmtBuilder::store(int indent) {
  std::array<VarId, 64> buf;
  const size_t n = outputs(any_type, buf);
  const VarId out = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const ExprId target = ex_.element(out);
  emit(StmtKind::Assign, indent, target, ex_.build(cx_.prog.vars[out].type, depth()));
  cx_.written[out] = true;
}

void StmtBuilder::array_aug(int indent) {
  std::array<VarId, 64> buf;
  const size_t n = outputs(atomic_add_ok, buf);
  const VarId out = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const ExprId target = ex_.element(out);
  const uint16_t op = cx_.rng.chance(0.8) ? rows().add : rows().sub;
  emit(StmtKind::AugAssign, indent, target, ex_.build(cx_.prog.vars[out].type, depth()), kNoExpr, 0, op);
  cx_.written[out] = true;
}

void StmtBuilder::atomic(int indent) {
  std::array<VarId, 64> buf;
  const size_t n = outputs(atomic_add_ok, buf);
  const VarId out = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const TypeId t = cx_.prog.vars[out].type;
  static constexpr std::array<double, 5> kKinds = {6, 1, 1.5, 1.5, 0.7};  // add, sub, min, max, exch
  auto kind = static_cast<uint8_t>(cx_.rng.weighted(kKinds));
  if (kind >= kAtomicMin && !atomic_minmax_ok(t)) kind = kAtomicAdd;
  const ExprId target = ex_.element(out);
  const ExprId value = ex_.build(t, depth());
  // Sometimes keep the value the atomic returns (the element before the update).
  ExprId old = kNoExpr;
  if (cx_.rng.chance(0.2)) {
    const VarId v = cx_.add_var(cx_.namer.fresh(cx_.rng, NameKind::Local, t), t, 0, Role::Local);
    old = ex_.lvalue(v);
    cx_.scope.add(v);
  }
  emit(StmtKind::Atomic, indent, target, value, old, 0, kind);
  cx_.written[out] = true;
}

void StmtBuilder::if_chain(int indent, BlockCtx bc) {
  const Policy& pol = cx_.policy;
  BlockCtx inner = bc;
  ++inner.nest;
  auto body_len = [&] { return static_cast<int>(cx_.rng.range(pol.block_min, pol.block_max)); };
  emit(StmtKind::If, indent, ex_.cond(depth()));
  block(indent + 1, body_len(), inner);
  for (int i = 0; i < pol.max_elifs && cx_.budget >= kCompoundBudget && cx_.rng.chance(pol.p_elif); ++i) {
    emit(StmtKind::Elif, indent, ex_.cond(depth()));
    block(indent + 1, body_len(), inner);
  }
  if (cx_.budget > 0 && cx_.rng.chance(pol.p_else)) {
    emit(StmtKind::Else, indent);
    block(indent + 1, body_len(), inner);
  }
}

void StmtBuilder::reduce(int indent, BlockCtx bc) {
  // Reductions accumulate numbers or vectors.
  auto reducible = [](TypeId t) { return is_scalar(t) ? t != kBool : info(t).kind == Kind::Vec; };
  TypeId t = pick_type();
  for (int i = 0; i < 3 && !reducible(t); ++i) t = pick_type();
  if (!reducible(t)) t = kFloat32;
  const VarId acc = declare(indent, t, ex_.zero(t));
  for_loop(indent, bc, cx_.rng.chance(0.6), acc);
}

void StmtBuilder::for_loop(int indent, BlockCtx bc, bool dynamic, VarId accumulate) {
  const Policy& pol = cx_.policy;
  Rng& rng = cx_.rng;
  ExprId start = kNoExpr, stop, step = kNoExpr;
  if (dynamic && rng.chance(0.1)) {
    // Counting down: range(n - 1, -1, -1).
    start = ex_.extent();
    stop = ex_.int_literal(rng.chance(0.5) ? -1 : 0);
    step = ex_.int_literal(-rng.range(1, 2));
  } else if (dynamic) {
    if (rng.chance(pol.p_range_start)) start = ex_.leaf(kInt32);
    stop = ex_.extent();
    if (start != kNoExpr && rng.chance(0.2)) step = ex_.int_literal(rng.range(1, 3));
  } else {
    const int64_t trips = rng.range(2, pol.static_trip_max);
    if (rng.chance(pol.p_range_start)) {
      const int64_t lo = rng.range(0, 3);
      start = ex_.int_literal(lo);
      stop = ex_.int_literal(lo + trips);
    } else {
      stop = ex_.int_literal(trips);
    }
  }
  if (bc.fors_left) --*bc.fors_left;
  const VarId i = cx_.add_var(cx_.namer.fresh(rng, NameKind::Loop, kInt32), kInt32, 0, Role::LoopVar);
  if (start == kNoExpr)
    emit(StmtKind::For, indent, stop, kNoExpr, kNoExpr, i);
  else
    emit(StmtKind::For, indent, start, stop, step, i);
  cx_.scope.open();
  cx_.scope.add(i);
  if (accumulate != kNoVar) {
    const TypeId t = cx_.prog.vars[accumulate].type;
    const uint16_t op = rng.chance(0.8) ? rows().add : rows().sub;
    // Accumulate something that changes: not a constant, not the accumulator itself (counted as read
    // while the operand is built, so the builder does not favour it as an unread value).
    ++cx_.reads[accumulate];
    ExprId e = ex_.build(t, depth());
    --cx_.reads[accumulate];  // still unread: the result is what the loop is for
    auto poor = [&](ExprId id) {
      const Expr& y = cx_.prog.exprs[id];
      return y.constant || (y.kind == ExprKind::Var && y.ref == accumulate);
    };
    if (poor(e)) e = ex_.source(t);
    if (e == kNoExpr || poor(e)) {
      // Fall back to the iteration count itself: acc += float(i) (via int(i) for the 64-bit
      // constructors, which must not see the iterator, a constant to Warp, directly).
      const bool wide = t == kFloat64 || t == kInt64 || t == kUInt64;
      const ExprId iv = wide ? ex_.cast_to(kInt32, ex_.var(i)) : ex_.var(i);
      e = t == kInt32 ? iv : is_scalar(t) ? ex_.cast_to(t, iv) : ex_.literal(t);
    }
    emit(StmtKind::AugAssign, indent + 1, ex_.lvalue(accumulate), e, kNoExpr, 0, op);
  }
  int fors_left = 1;
  BlockCtx inner = bc;
  ++inner.nest, ++inner.loops;
  if (bc.in_for && !bc.fors_left) inner.fors_left = &fors_left;
  inner.in_for = true;
  block(indent + 1, static_cast<int>(rng.range(pol.block_min, pol.block_max)), inner);
  cx_.scope.close();
}

void StmtBuilder::while_loop(int indent, BlockCtx bc) {
  const Policy& pol = cx_.policy;
  Rng& rng = cx_.rng;
  // it = int(0); while it < bound [and cond]: it += 1; ...
  const ExprId bound = rng.chance(0.6) ? ex_.extent() : ex_.int_literal(rng.range(2, 16));
  const VarId it = declare(indent, kInt32, ex_.cast_to(kInt32, ex_.int_literal(0)), Role::LoopVar);
  const std::array<ExprId, 2> cmp{ex_.var(it), bound};
  ExprId cond = ex_.make_op(rows().less, kBool, cmp);
  if (rng.chance(0.3)) {
    const std::array<ExprId, 2> both{cond, ex_.cond(1)};
    cond = ex_.make_op(rows().land, kBool, both);
  }
  emit(StmtKind::While, indent, cond);
  cx_.scope.open();
  emit(StmtKind::AugAssign, indent + 1, ex_.lvalue(it), ex_.int_literal(1), kNoExpr, 0, rows().add);
  int fors_left = 1;
  BlockCtx inner = bc;
  ++inner.nest, ++inner.loops;
  if (bc.in_for && !bc.fors_left) inner.fors_left = &fors_left;
  block(indent + 1, static_cast<int>(rng.range(pol.block_min, pol.block_max)), inner);
  cx_.scope.close();
}

void StmtBuilder::guarded(int indent, StmtKind kind) {
  emit(StmtKind::If, indent, ex_.cond(depth()));
  if (kind == StmtKind::Return && !cx_.in_kernel)
    ret(indent + 1, cx_.prog.funcs[cx_.func].ret);
  else
    emit(kind, indent + 1);
}

void StmtBuilder::ret(int indent, TypeId t, bool prefer_call) {
  emit(StmtKind::Return, indent, prefer_call ? ex_.call_or_build(t, depth()) : ex_.build(t, depth()));
}

void StmtBuilder::final_stores(int indent) {
  for (int i = 0; i < 2; ++i) sink(indent);
  consume_params(indent);
  for (VarId out : cx_.outputs) {
    if (cx_.written[out]) continue;
    const ExprId target = ex_.element(out);
    emit(StmtKind::Assign, indent, target, ex_.build(cx_.prog.vars[out].type, depth()));
    cx_.written[out] = true;
  }
}

}  // namespace ws::gen
