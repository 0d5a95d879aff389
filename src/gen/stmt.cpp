#include "gen/stmt.h"

#include <algorithm>
#include <array>

#include "gen/prune.h"
#include "gen/structs.h"

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
  return atomic_accepts(t, lang::kAtomics[kAtomicAdd]);
}
// min and max (and exch, which the builder turns into max off the thread's own element)
bool atomic_minmax_ok(TypeId t) {
  return atomic_accepts(t, lang::kAtomics[kAtomicMin]);
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

// What Warp treats as a compile-time constant: float32/int32/bool literals, the warp module's constants,
// loop variables (an unrolled loop's iterator is one), wp.constant globals, and negations of those.
bool warp_constant(const Program& p, const Expr& e) {
  if (e.kind == ExprKind::Lit) return e.type == kInt32 || e.type == kFloat32 || e.type == kBool;
  if (e.kind == ExprKind::WarpConst) return true;
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

VarId StmtBuilder::declare(int indent, TypeId t, ExprId init, Role role, bool accumulator, std::string name) {
  const NameKind kind = role == Role::Rng ? NameKind::Rng : role == Role::LoopVar ? NameKind::Counter : NameKind::Local;
  if (name.empty()) name = cx_.namer.fresh(cx_.rng, kind, t);
  const VarId v = cx_.add_var(std::move(name), t, 0, role, cx_.prog.exprs[init].range);
  if (role == Role::Local) {
    cx_.bound_local(v, cx_.prog.exprs[init].range, accumulator);
    cx_.facts[v].pending = true;
  }
  emit(StmtKind::Assign, indent, ex_.lvalue(v), init);
  cx_.scope.add(v);
  return v;
}

void StmtBuilder::block(int indent, int count, BlockCtx bc) {
  cx_.scope.open();
  const size_t before = cx_.prog.stmts.size();
  statement(indent, bc);
  for (int i = 1; i < count && cx_.budget > 0; ++i) statement(indent, bc);
  // A statement that found nothing it could write safely writes nothing; a block needs one.
  for (int i = 0; i < 3 && cx_.prog.stmts.size() == before; ++i) statement(indent, bc);
  if (cx_.prog.stmts.size() == before) {
    const TypeId t = pick_type();
    declare(indent, t, value(t));
  }
  settle(indent, cx_.scope.innermost());
  cx_.scope.close();
}

// Parameters the body never read are folded into an output (out[i] += float(n), out[i] += a[i],
// out[i] += params.mass), as is a draw from a random state nobody drew from: kernels that ignore their
// inputs teach nothing. Runs after prune(), on what
// the kernel really reads.
void StmtBuilder::consume_params(int indent) {
  const std::vector<uint32_t> reads = live_reads(cx_.prog);
  // prune() took the declarations of unread locals: an index written now must not name them (Warp:
  // "Referencing undefined symbol: cnt", generate --seed 4242 kernel 37035).
  cx_.scope.retain([&](VarId v) {
    const Role role = cx_.prog.vars[v].role;
    return (role != Role::Local && role != Role::LoopVar) || reads[v] > 0;
  });
  for (VarId p : cx_.prog.funcs[cx_.func].params) {
    const Var& param = cx_.prog.vars[p];
    if (reads[p] > 0 || param.type == kBool || (param.ndim == 0 && param.role == Role::Param && !is_scalar(param.type)))
      continue;
    if (param.role == Role::Param) {
      pass_on(indent, param.ndim > 0 ? ex_.element(p) : ex_.var(p), false);
    } else if (param.role == Role::Struct) {
      const auto& fields = cx_.prog.structs[param.strct].fields;
      for (size_t f = 0; f < fields.size(); ++f) {
        const size_t mark = cx_.read_log.size();
        const ExprId holder = param.ndim > 0 ? ex_.element(p) : ex_.var(p);
        if (pass_on(indent, field(cx_.prog, holder, f), false)) break;
        cx_.undo_reads(mark);
      }
    }
  }
  if (cx_.has_rng && reads[cx_.rng_var] == 0) {
    // A random state nobody drew from: draw once.
    static const uint16_t randf = op_row("randf", TClass::Float32);
    const ExprId state = ex_.var(cx_.rng_var);
    pass_on(indent, ex_.make_op(randf, kFloat32, std::span<const ExprId>(&state, 1)), false);
  }
  drop_unread_params();
}

// An input no output could take (a float array beside only uint64 outputs) is a parameter nobody
// reads: it leaves the signature (and the contract), and a struct nothing then holds is not printed.
void StmtBuilder::drop_unread_params() {
  Program& prog = cx_.prog;
  const std::vector<uint32_t> reads = live_reads(prog);
  const auto unread = [&](VarId p) {
    const Role role = prog.vars[p].role;
    return reads[p] == 0 && (role == Role::Param || role == Role::Struct);
  };
  std::erase_if(prog.funcs[cx_.func].params, unread);
  std::erase_if(cx_.inputs, unread);  // nor checked by wp.expect_eq(x.shape[0], ...) (expect_same_shape)
  if (prog.structs.empty()) return;
  // held by a parameter (of the kernel or a helper), or by a `Cell()` local something reads (prune()
  // took the ones nothing reads)
  bool held = false;
  for (const Func& f : prog.funcs)
    for (VarId p : f.params) held = held || prog.vars[p].strct != kNoStruct;
  for (VarId v = 0; v < prog.vars.size(); ++v)
    held = held || (prog.vars[v].role == Role::Struct && prog.vars[v].ndim == 0 && reads[v] > 0);
  if (!held) prog.structs.front().held = false;
}

// Every value a block computes reaches a use before the block closes: a local written since it was last
// read is added to a local of an enclosing block (total += v) or, in a kernel, stored or accumulated
// into an output.
void StmtBuilder::settle(int indent, std::span<const VarId> mine) {
  // Latest first: a value handed to an earlier local of the same block is then handed on in turn.
  const size_t first = cx_.scope.visible().size() - mine.size();
  for (size_t i = mine.size(); i-- > 0;) {
    const VarId v = mine[i];
    if (cx_.prog.vars[v].role != Role::Local || !cx_.facts[v].pending) continue;
    const size_t mark = cx_.read_log.size();
    if (!pass_on(indent, ex_.var(v), true, first + i)) cx_.undo_reads(mark);
  }
}

bool StmtBuilder::pass_on(int indent, ExprId value, bool to_locals, size_t outer_end) {
  const TypeId t = cx_.prog.exprs[value].type;
  const Range r = cx_.prog.exprs[value].range;
  // An enclosing block's local of the same type that can take the value.
  std::array<VarId, 64> locals;
  size_t n = 0;
  if (to_locals && t != kBool)
    for (size_t i = 0; i < outer_end && i < cx_.scope.visible().size() && n < locals.size(); ++i) {
      const VarId w = cx_.scope.visible()[i];
      const Var& var = cx_.prog.vars[w];
      if (var.role == Role::Local && var.ndim == 0 && var.type == t) locals[n++] = w;
    }
  std::array<VarId, 16> outs;
  size_t m = 0;
  if (cx_.in_kernel)
    for (VarId o : cx_.outputs)
      if (m < outs.size() && writable(o)) outs[m++] = o;
  // Into an enclosing local (the value stays in the computation) or into an output, in random order,
  // trying every candidate before giving up.
  const bool locals_first = cx_.rng.chance(0.6);
  for (int pass = 0; pass < 2; ++pass) {
    if ((pass == 0) == locals_first) {
      const size_t start = n > 0 ? static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1)) : 0;
      for (size_t k = 0; k < n; ++k) {
        const VarId w = locals[(start + k) % n];
        if (!cx_.take_drift(w, r, false)) continue;
        emit(StmtKind::AugAssign, indent, ex_.lvalue(w), value, kNoExpr, 0, rows().add);
        cx_.facts[w].pending = true;
        return true;
      }
    } else {
      const size_t start = m > 0 ? static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(m) - 1)) : 0;
      for (size_t k = 0; k < m; ++k) {
        const VarId out = outs[(start + k) % m];
        const ExprId v = ex_.convert(value, cx_.prog.vars[out].type);
        if (v == kNoExpr) continue;
        write_output(indent, out, v);
        return true;
      }
    }
  }
  return false;
}

bool StmtBuilder::owned(VarId out) const {
  const Var& o = cx_.prog.vars[out];
  return o.fixed == 0 && o.ndim == static_cast<int>(cx_.tid.size());
}

bool StmtBuilder::writable(VarId out) const {
  if (atomic_add_ok(cx_.prog.vars[out].type)) return true;
  // Types without atomics take one plain store, to the thread's own element, outside any loop.
  return owned(out) && cx_.written[out] == OutState::Unwritten && cx_.trips.empty();
}

void StmtBuilder::write_output(int indent, VarId out, ExprId value) {
  if (owned(out)) {
    // out[i] = v once, first, outside loops; every later write adds to it.
    if (cx_.written[out] == OutState::Unwritten && cx_.trips.empty()) {
      emit(StmtKind::Assign, indent, ex_.own_element(out), value);
      cx_.written[out] = OutState::Stored;
      return;
    }
    emit(StmtKind::AugAssign, indent, ex_.own_element(out), value, kNoExpr, 0, rows().add);
  } else if (cx_.rng.chance(0.5) || global_sum(out)) {
    // Fixed-size outputs are shared by every thread: atomics only (Warp's a[i] += v is one too).
    emit(StmtKind::Atomic, indent, ex_.element(out), value, kNoExpr, 0, kAtomicAdd);
  } else {
    emit(StmtKind::AugAssign, indent, ex_.element(out), value, kNoExpr, 0, rows().add);
  }
  cx_.written[out] = OutState::Updated;
}

void StmtBuilder::claim(int indent, VarId flags, VarId slot, VarId counter, std::string name) {
  const VarId prev = cx_.add_var(std::move(name), kInt32, 0, Role::Local, param_range(kInt32));
  cx_.bound_local(prev, param_range(kInt32));
  emit(StmtKind::Atomic, indent, ex_.element_along(flags, slot), ex_.int_literal(1), ex_.int_literal(0), prev,
       kAtomicCas);
  // Which thread reads 0 depends on the order the claims land in: prev is read by the test alone,
  // never put in scope for later statements.
  static const uint16_t eq = op_row("==", TClass::NumScalar);
  const std::array<ExprId, 2> unclaimed{ex_.var(prev), ex_.int_literal(0)};
  emit(StmtKind::If, indent, ex_.make_op(eq, kBool, unclaimed));
  scatter(indent + 1, ex_.element(counter), ex_.int_literal(1));
  cx_.retire_output(flags);
  cx_.retire_output(counter);
}

void StmtBuilder::scatter(int indent, ExprId target, ExprId value) {
  emit(StmtKind::Atomic, indent, target, value, kNoExpr, 0, kAtomicAdd);
  cx_.written[cx_.prog.exprs[target].ref] = OutState::Updated;
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
  allow(StmtChoice::Return, bc.nest < pol.max_nest && !bc.in_while);

  switch (static_cast<StmtChoice>(cx_.rng.weighted(w))) {
    case StmtChoice::Decl: {
      TypeId t = pick_type();
      if (t == kBool && bc.branch_in_loop) t = kInt32;
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
  // Overwriting a value nobody read would make it dead: only assign what has been read since.
  if (cx_.facts[v].pending) return aug_assign(indent);
  for (int attempt = 0; attempt < 3; ++attempt) {
    const size_t mark = cx_.read_log.size();
    ExprId e = value(t);
    // x = x says nothing: assign a fresh constant instead.
    if (cx_.prog.exprs[e].kind == ExprKind::Var && cx_.prog.exprs[e].ref == v) {
      e = ex_.literal(t);
      if (warp_constant(cx_.prog, cx_.prog.exprs[e])) e = ex_.cast_to(t, e);
    }
    if (cx_.prog.exprs[e].range.within(cx_.facts[v].core)) {
      emit(StmtKind::Assign, indent, ex_.lvalue(v), e);
      cx_.wrote(v, cx_.prog.exprs[e].range);
      return;
    }
    cx_.undo_reads(mark);
  }
}

void StmtBuilder::aug_assign(int indent) {
  std::array<VarId, 64> buf;
  const size_t n = locals(additive, buf);
  if (n == 0) return;
  const VarId v = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const TypeId t = cx_.prog.vars[v].type;
  uint16_t op = aug_op(cx_.rng, t);
  for (int attempt = 0; attempt < 3; ++attempt) {
    const size_t mark = cx_.read_log.size();
    ExprId e = ex_.build(t, depth());
    if (cx_.prog.exprs[e].kind == ExprKind::Var && cx_.prog.exprs[e].ref == v) e = ex_.literal(t);  // not x -= x
    if (updates(v, op, e)) {
      emit(StmtKind::AugAssign, indent, ex_.lvalue(v), e, kNoExpr, 0, op);
      cx_.facts[v].pending = true;
      return;
    }
    cx_.undo_reads(mark);
    op = rows().add;
  }
}

// Whether `v op= e` keeps v inside its range: + and - count in its drift, other operators must map its
// whole range back into its core.
bool StmtBuilder::updates(VarId v, uint16_t op, ExprId e) {
  const Range r = cx_.prog.exprs[e].range;
  if (op == rows().add || op == rows().sub) return cx_.take_drift(v, r, op == rows().sub);
  const std::array<Range, 2> args{cx_.facts[v].env, r};
  const Range result = op_range(ops()[op], cx_.prog.vars[v].type, args);
  if (!result.within(cx_.facts[v].core)) return false;
  cx_.wrote(v, result);
  return true;
}

void StmtBuilder::comp_assign(int indent) {
  // A component of a composite local: v.x = ..., m[1] += ....
  std::array<VarId, 64> buf;
  const size_t n = locals(composite, buf);
  if (n == 0) return;
  const VarId v = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const ExprId target = ex_.component_of(ex_.lvalue(v));
  const TypeId t = cx_.prog.exprs[target].type;
  const size_t mark = cx_.read_log.size();
  ExprId e = ex_.build(t, depth());
  // A matrix row takes its value by non-const reference (wp::add_inplace(m, row, vec_t&)), which a
  // Warp constant's `const` variable cannot bind to: such a value goes in as a copy, wp.vec3(C).
  if (!is_scalar(t) && warp_constant(cx_.prog, cx_.prog.exprs[e])) e = ex_.cast_to(t, e);
  const Range r = cx_.prog.exprs[e].range;
  if (cx_.rng.chance(0.3)) {
    const bool sub = cx_.rng.chance(0.3);
    if (!cx_.take_drift(v, r, sub)) return cx_.undo_reads(mark);
    emit(StmtKind::AugAssign, indent, target, e, kNoExpr, 0, sub ? rows().sub : rows().add);
  } else {
    if (!r.within(cx_.facts[v].core)) return cx_.undo_reads(mark);
    emit(StmtKind::Assign, indent, target, e);
    cx_.wrote(v, r);
  }
}

void StmtBuilder::store(int indent) {
  // out[i] = <expr>: the one plain store of an output the thread owns, outside any loop.
  std::array<VarId, 64> buf;
  size_t n = 0;
  if (cx_.trips.empty())
    for (VarId o : cx_.outputs)
      if (owned(o) && cx_.written[o] == OutState::Unwritten && n < buf.size()) buf[n++] = o;
  if (n == 0) return array_aug(indent);
  const VarId out = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  emit(StmtKind::Assign, indent, ex_.own_element(out), ex_.build(cx_.prog.vars[out].type, depth()));
  cx_.written[out] = OutState::Stored;
}

void StmtBuilder::array_aug(int indent) {
  std::array<VarId, 64> buf;
  const size_t n = outputs(atomic_add_ok, buf);
  if (n == 0) return;
  const VarId out = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const ExprId target = owned(out) ? ex_.own_element(out) : ex_.element(out);
  const bool add = cx_.rng.chance(0.8);
  const ExprId value = ex_.build(cx_.prog.vars[out].type, depth());
  if (global_sum(out))
    emit(StmtKind::Atomic, indent, target, value, kNoExpr, 0, add ? kAtomicAdd : kAtomicSub);
  else
    emit(StmtKind::AugAssign, indent, target, value, kNoExpr, 0, add ? rows().add : rows().sub);
  cx_.written[out] = OutState::Updated;
}

// The largest magnitude an atomic adds to an int element at once (2^16: 2^15 updates stay inside int32).
constexpr double kIntUpdate = 65536;

void StmtBuilder::atomic(int indent) {
  std::array<VarId, 64> buf;
  const size_t n = outputs(atomic_add_ok, buf);
  if (n == 0) return;
  const VarId out = buf[static_cast<size_t>(cx_.rng.range(0, static_cast<int64_t>(n) - 1))];
  const TypeId t = cx_.prog.vars[out].type;
  // add, sub, min, max, exch, and, or, xor
  static constexpr std::array<double, 8> kKinds = {6, 1, 1.5, 1.5, 0.7, 0.2, 0.4, 0.2};
  auto kind = static_cast<uint8_t>(cx_.rng.weighted(kKinds));
  // Bits set, cleared or flipped in an int32 the thread owns: wp.atomic_or(flags, i, 4).
  const bool bitwise = kind >= kAtomicAnd && t == kInt32 && owned(out);
  if (kind >= kAtomicAnd && !bitwise) kind = kAtomicAdd;
  // An exchange on a shared element keeps whichever thread came last: only on the thread's own.
  const bool first = owned(out) && cx_.written[out] == OutState::Unwritten && cx_.trips.empty();
  if (kind == kAtomicExch && !first) kind = kAtomicMax;
  // A shared element also takes other threads' adds: min or max among them depends on the order the
  // threads run in, so shared elements take adds and subtractions only.
  if (!bitwise && kind >= kAtomicMin && (!atomic_minmax_ok(t) || !owned(out))) kind = kAtomicAdd;
  const ExprId target = owned(out) ? ex_.own_element(out) : ex_.element(out);
  // An int element takes updates of modest size: wp.randi(state) spans all of int32, and two of them
  // added overflow (generate --seed 777 kernel 3562).
  ExprId value = bitwise ? bit() : kNoExpr;
  for (int attempt = 0; value == kNoExpr && attempt < 3; ++attempt) {
    const size_t mark = cx_.read_log.size();
    const ExprId e = ex_.build(t, depth());
    if (!is_int_scalar(info(t).scalar) || cx_.prog.exprs[e].range.within({-kIntUpdate, kIntUpdate}))
      value = e;
    else
      cx_.undo_reads(mark);
  }
  if (value == kNoExpr) value = ex_.literal(t);
  emit(StmtKind::Atomic, indent, target, value, kNoExpr, 0, kind);
  cx_.written[out] = OutState::Updated;
}

void StmtBuilder::if_chain(int indent, BlockCtx bc) {
  const Policy& pol = cx_.policy;
  BlockCtx inner = bc;
  ++inner.nest;
  inner.branch_in_loop = bc.loops > 0;
  auto body_len = [&] { return static_cast<int>(cx_.rng.range(pol.block_min, pol.block_max)); };
  const ExprId first = ex_.cond(depth());
  if (first == kNoExpr) return;
  emit(StmtKind::If, indent, first);
  block(indent + 1, body_len(), inner);
  for (int i = 0; i < pol.max_elifs && cx_.budget >= kCompoundBudget && cx_.rng.chance(pol.p_elif); ++i) {
    const ExprId c = ex_.cond(depth());
    if (c == kNoExpr) break;
    emit(StmtKind::Elif, indent, c);
    block(indent + 1, body_len(), inner);
  }
  if (cx_.budget > 0 && cx_.rng.chance(pol.p_else)) {
    emit(StmtKind::Else, indent);
    block(indent + 1, body_len(), inner);
  }
}

void StmtBuilder::reduce(int indent, BlockCtx bc) {
  // Reductions accumulate numbers or vectors.
  auto reducible = [](TypeId t) { return is_scalar(t) ? t != kBool : info(t).kind == Kind::Vector; };
  TypeId t = pick_type();
  for (int i = 0; i < 3 && !reducible(t); ++i) t = pick_type();
  if (!reducible(t)) t = kFloat32;
  const VarId acc = declare(indent, t, ex_.zero(t), Role::Local, /*accumulator=*/true);
  for_loop(indent, bc, cx_.rng.chance(0.6), acc);
}

void StmtBuilder::for_loop(int indent, BlockCtx bc, bool dynamic, VarId accumulate) {
  const Policy& pol = cx_.policy;
  Rng& rng = cx_.rng;
  ExprId start = kNoExpr, stop, step = kNoExpr;
  auto range = [&](ExprId e) { return cx_.prog.exprs[e].range; };
  Range values;  // of the loop variable
  double trips;
  if (dynamic && rng.chance(0.1)) {
    // Counting down: range(n, -1, -1).
    start = ex_.extent();
    const int64_t last = rng.chance(0.5) ? -1 : 0;
    stop = ex_.int_literal(last);
    step = ex_.int_literal(-rng.range(1, 2));
    values = {std::fmin(range(start).lo, last + 1.0), range(start).hi};
    trips = range(start).hi - last;
  } else if (dynamic) {
    stop = ex_.extent();
    if (rng.chance(pol.p_range_start)) {
      // range(a, n) with a below n at least some of the time (else the loop is dead code).
      const size_t mark = cx_.read_log.size();
      start = ex_.leaf(kInt32);
      // range(k, k), range(a[i], a[i]): empty, whatever the data
      if (range(start).lo >= range(stop).hi || range(start).lo < -64 || same_expr(cx_.prog, start, stop)) {
        cx_.undo_reads(mark);
        start = kNoExpr;
      }
    }
    if (start != kNoExpr && rng.chance(0.2)) step = ex_.int_literal(rng.range(1, 3));
    const double lo = start == kNoExpr ? 0 : range(start).lo;
    values = {lo, range(stop).hi - 1};
    trips = range(stop).hi - lo;
  } else {
    const int64_t n = rng.range(2, pol.static_trip_max);
    const int64_t lo = rng.chance(pol.p_range_start) ? rng.range(0, 3) : 0;
    if (lo > 0) start = ex_.int_literal(lo);
    stop = ex_.int_literal(lo + n);
    values = {static_cast<double>(lo), static_cast<double>(lo + n - 1)};
    trips = static_cast<double>(n);
  }
  if (bc.fors_left) --*bc.fors_left;
  const VarId i = cx_.add_var(cx_.namer.fresh(rng, NameKind::Loop, kInt32), kInt32, 0, Role::LoopVar, values);
  if (start == kNoExpr)
    emit(StmtKind::For, indent, stop, kNoExpr, kNoExpr, i);
  else
    emit(StmtKind::For, indent, start, stop, step, i);
  cx_.scope.open();
  cx_.scope.add(i);
  cx_.trips.push_back(std::fmax(trips, 1));
  if (accumulate != kNoVar) accumulate_into(indent + 1, accumulate, i);
  int fors_left = 1;
  BlockCtx inner = bc;
  ++inner.nest, ++inner.loops;
  inner.branch_in_loop = false;
  if (bc.in_for && !bc.fors_left) inner.fors_left = &fors_left;
  inner.in_for = true;
  block(indent + 1, static_cast<int>(rng.range(pol.block_min, pol.block_max)), inner);
  if (cx_.reads[i] == 0) use_loop_var(indent + 1, i);
  cx_.trips.pop_back();
  cx_.scope.close();
}

// A loop whose body never read its variable only repeats itself: hand on something it indexes
// (a[k], the iteration's own element of an input), or the count itself.
void StmtBuilder::use_loop_var(int indent, VarId i) {
  const size_t outer = cx_.scope.visible().size() - 1;  // the locals declared before the loop
  const size_t mark = cx_.read_log.size();
  ExprId value;
  if (!cx_.inputs.empty())
    value = ex_.element_along(cx_.inputs[static_cast<size_t>(cx_.rng.range(0, cx_.inputs.size() - 1))], i);
  else
    value = ex_.cast_to(kFloat32, ex_.var(i));
  if (!pass_on(indent, value, true, outer)) cx_.undo_reads(mark);
}

// acc += <something that changes each iteration>: not a constant, not the accumulator itself, and small
// enough that every iteration fits the accumulator's range.
void StmtBuilder::accumulate_into(int indent, VarId acc, VarId i) {
  const TypeId t = cx_.prog.vars[acc].type;
  const uint16_t op = cx_.rng.chance(0.8) ? rows().add : rows().sub;
  auto poor = [&](ExprId id) {
    const Expr& y = cx_.prog.exprs[id];
    return y.constant || (y.kind == ExprKind::Var && y.ref == acc);
  };
  // The accumulator counts as read while the operand is built, so the builder does not favour it as an
  // unread value; it stays pending: its result is what the loop is for.
  cx_.facts[acc].pending = false;
  for (int attempt = 0; attempt < 3; ++attempt) {
    const size_t mark = cx_.read_log.size();
    ExprId e = attempt == 0 ? ex_.build(t, depth()) : ex_.source(t);
    if (e == kNoExpr || poor(e)) {
      // The iteration count itself: acc += float(i) (via int(i) for the 64-bit constructors, which must
      // not see the iterator, a constant to Warp, directly).
      const bool wide = t == kFloat64 || t == kInt64 || t == kUInt64;
      const ExprId iv = wide ? ex_.cast_to(kInt32, ex_.var(i)) : ex_.var(i);
      e = t == kInt32 ? iv : is_scalar(t) ? ex_.cast_to(t, iv) : kNoExpr;
    }
    if (e != kNoExpr && fits(t, cx_.prog.exprs[e].range) &&
        cx_.take_drift(acc, cx_.prog.exprs[e].range, op == rows().sub)) {
      emit(StmtKind::AugAssign, indent, ex_.lvalue(acc), e, kNoExpr, 0, op);
      break;
    }
    cx_.undo_reads(mark);
  }
  cx_.facts[acc].pending = true;
}

void StmtBuilder::while_loop(int indent, BlockCtx bc) {
  const Policy& pol = cx_.policy;
  Rng& rng = cx_.rng;
  // it = int(0); while it < bound [and cond]: it += 1; ...
  // The bound is read before every iteration: a local in it could grow in the body as fast as the
  // counter (`while it < c: it += 1; c += 3` never ends), so it reads parameters and tables only.
  const size_t mark = cx_.read_log.size();
  ExprId bound = rng.chance(0.6) ? ex_.extent() : ex_.int_literal(rng.range(2, 16));
  bool mutable_bound = false;
  for_each_read(cx_.prog, bound,
                [&](VarId v) { mutable_bound = mutable_bound || cx_.prog.vars[v].role == Role::Local; });
  if (mutable_bound) {
    cx_.undo_reads(mark);
    bound = ex_.int_literal(rng.range(2, 16));
  }
  const double trips = std::fmax(cx_.prog.exprs[bound].range.hi, 1);
  const VarId it = declare(indent, kInt32, ex_.cast_to(kInt32, ex_.int_literal(0)), Role::LoopVar);
  cx_.facts[it] = VarFacts{{0, 0}, {0, trips}, {}, {0, 0}, static_cast<uint8_t>(cx_.trips.size()), false};
  const std::array<ExprId, 2> cmp{ex_.var(it), bound};
  ExprId cond = ex_.make_op(rows().less, kBool, cmp);
  if (rng.chance(0.3)) {
    // Evaluated before every iteration: its reads see what the loop may make of each value (the
    // counter up to its bound, not its initial 0).
    cx_.trips.push_back(trips);
    const std::array<ExprId, 2> both{cond, ex_.cond(1)};
    cx_.trips.pop_back();
    if (both[1] != kNoExpr) cond = ex_.make_op(rows().land, kBool, both);
  }
  emit(StmtKind::While, indent, cond);
  cx_.scope.open();
  bc.in_while = true;
  cx_.trips.push_back(trips);
  emit(StmtKind::AugAssign, indent + 1, ex_.lvalue(it), ex_.int_literal(1), kNoExpr, 0, rows().add);
  int fors_left = 1;
  BlockCtx inner = bc;
  ++inner.nest, ++inner.loops;
  inner.branch_in_loop = false;
  if (bc.in_for && !bc.fors_left) inner.fors_left = &fors_left;
  block(indent + 1, static_cast<int>(rng.range(pol.block_min, pol.block_max)), inner);
  cx_.trips.pop_back();
  cx_.scope.close();
  // After the loop the counter holds whatever count it stopped at.
  cx_.facts[it].cur = cx_.facts[it].env;
}

void StmtBuilder::guarded(int indent, StmtKind kind) {
  const ExprId c = ex_.cond(depth());
  if (c == kNoExpr) return;
  emit(StmtKind::If, indent, c);
  if (kind == StmtKind::Return && !cx_.in_kernel) return ret(indent + 1, cx_.prog.funcs[cx_.func].ret);
  if (kind == StmtKind::Return && cx_.rng.chance(cx_.policy.p_printf))
    warn_exit(indent + 1, c);
  else if (kind == StmtKind::Return && cx_.rng.chance(cx_.policy.p_flag))
    flag_exit(indent + 1);
  emit(kind, indent + 1);
}

// Simulation code announces a thread's early exit (newton's capacity warnings, Warp's own examples):
// wp.printf("thread %d: x = %f, exiting early\n", i, x) with the first by-value scalar the condition
// read, printed with the format its C++ type takes through printf's varargs (float32 promotes to
// double). A second launch index is printed too: "thread (%d, %d)".
void StmtBuilder::warn_exit(int indent, ExprId cond) {
  if (cx_.tid.empty()) return;
  const Program& p = cx_.prog;
  VarId shown = kNoVar;
  const auto find = [&](auto& self, ExprId id) -> void {
    const Expr& e = p.exprs[id];
    if (e.kind == ExprKind::Var && p.vars[e.ref].ndim == 0 && p.vars[e.ref].role != Role::Tid &&
        p.vars[e.ref].role != Role::Global && (e.type == kInt32 || e.type == kFloat32 || e.type == kFloat64)) {
      shown = e.ref;
      return;
    }
    for (int i = 0; i < e.nkids && shown == kNoVar; ++i) self(self, p.kid_id(e, i));
  };
  find(find, cond);
  const uint16_t tids = cx_.tid.size() > 1 ? 2 : 1;
  const ExprId t0 = ex_.var(cx_.tid[0]);
  const ExprId t1 = tids == 2 ? ex_.var(cx_.tid[1]) : kNoExpr;
  emit(StmtKind::Printf, indent, t0, t1, shown == kNoVar ? kNoExpr : ex_.var(shown), 0, tids);
}

// Solvers record why a thread gave up in a status word the host reads after the launch (mujoco_warp's
// overflow flags): wp.atomic_or(status, 0, 4). Only ORs of bits reach it, so it ends the same whatever
// order the threads run in; it is a parameter of its own, not one of the outputs other statements write.
void StmtBuilder::flag_exit(int indent) {
  if (status_ == kNoVar) {
    static constexpr std::string_view kNames[] = {"status", "overflow", "error_flags"};
    status_ = cx_.add_param(cx_.namer.role(cx_.rng, kNames), kInt32, 1, Role::Output, param_range(kInt32), 1);
  }
  emit(StmtKind::Atomic, indent, ex_.element(status_), bit(), kNoExpr, 0, kAtomicOr);
}

// One of the low bits, as a flag word's bits are named: 1, 2, 4, 8 or 16.
ExprId StmtBuilder::bit() {
  return ex_.int_literal(int64_t{1} << cx_.rng.range(0, 4));
}

void StmtBuilder::ret(int indent, TypeId t, bool prefer_call) {
  ExprId e = prefer_call ? ex_.call_or_build(t, depth()) : ex_.build(t, depth());
  // At the end of a helper, its unread locals flow into what it returns: return a + x.
  if (indent == 1 && t != kBool) {
    for (VarId v : cx_.scope.visible()) {
      if (cx_.prog.vars[v].role != Role::Local || !cx_.facts[v].pending) continue;
      const size_t mark = cx_.read_log.size();
      const ExprId x = ex_.convert(ex_.var(v), t);
      if (x == kNoExpr) {
        cx_.undo_reads(mark);
        continue;
      }
      const std::array<ExprId, 2> kids{e, x};
      const ExprId sum = ex_.make_op(rows().add, t, kids);
      if (fits(t, cx_.prog.exprs[sum].range))
        e = sum;
      else
        cx_.undo_reads(mark);
    }
  }
  Func& f = cx_.prog.funcs[cx_.func];
  // A helper's last return reads one of its parameters at least (`return 9.55` ignores what it is
  // given): the first one that converts is added in, return e + float(k).
  bool reads_param = false;
  for_each_read(cx_.prog, e,
                [&](VarId v) { reads_param = reads_param || std::ranges::find(f.params, v) != f.params.end(); });
  if (indent == 1 && t != kBool && !reads_param) {
    for (VarId v : f.params) {
      const size_t mark = cx_.read_log.size();
      const ExprId x = cx_.prog.vars[v].ndim == 0 ? ex_.convert(ex_.var(v), t) : kNoExpr;
      if (x == kNoExpr) {
        cx_.undo_reads(mark);
        continue;
      }
      const std::array<ExprId, 2> kids{e, x};
      const ExprId sum = ex_.make_op(rows().add, t, kids);
      if (fits(t, cx_.prog.exprs[sum].range)) {
        e = sum;
        break;
      }
      cx_.undo_reads(mark);
    }
  }
  const Range r = cx_.prog.exprs[e].range;
  f.ret_range = f.returns ? hull(f.ret_range, r) : r;
  f.returns = true;
  emit(StmtKind::Return, indent, e);
}

void StmtBuilder::final_stores(int indent) {
  settle(indent, cx_.scope.innermost());
  for (VarId out : cx_.outputs) {
    if (cx_.written[out] != OutState::Unwritten) continue;
    const ExprId value = ex_.build(cx_.prog.vars[out].type, depth());
    write_output(indent, out, value);
  }
}

}  // namespace ws::gen
