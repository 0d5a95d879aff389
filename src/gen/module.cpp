#include "gen/module.h"

#include <array>
#include <span>

#include "gen/constant_reads.h"
#include "gen/expr.h"
#include "gen/idioms.h"
#include "gen/prune.h"
#include "gen/statics.h"
#include "gen/stmt.h"
#include "gen/structs.h"
#include "gen/tiles.h"

namespace ws::gen {

namespace {

// Statement budgets: a helper stays short; a kernel stays well under ~80 lines.
constexpr int kHelperBudget = 6;
constexpr int kKernelBudget = 45;
// The share of kernels with a float array that still disable their backward pass (choose_backward).
constexpr double kForwardOnlyShare = 0.1;
constexpr std::array<std::string_view, 4> kTidNames1 = {"tid", "i", "idx", "t"};
constexpr std::array<std::string_view, 4> kTidNamesN = {"i", "j", "k", "l"};

int draw(Rng& rng, int lo, int hi) {
  return static_cast<int>(rng.range(lo, hi < lo ? lo : hi));
}

// Every function starts with only the module constants in scope.
void open_function_scope(Context& cx) {
  cx.scope.clear();
  for (const auto& g : cx.prog.globals) cx.scope.add(g.first);
}

// NAME = wp.constant(<literal>): float, int, or a vec3 when the policy uses vectors.
void build_constants(Context& cx, ExprBuilder& ex) {
  Rng& rng = cx.rng;
  const int n = draw(rng, 1, 2);
  for (int i = 0; i < n; ++i) {
    const std::array<double, 3> w = {3, 1.2, cx.enabled(kVec3) ? 1.0 : 0.0};
    static constexpr std::array<TypeId, 3> kTypes = {kFloat32, kInt32, kVec3};
    const TypeId t = kTypes[rng.weighted(w)];
    const ExprId value = ex.literal(t);
    const VarId v =
        cx.add_var(cx.namer.fresh(rng, NameKind::Constant, t), t, 0, Role::Global, cx.prog.exprs[value].range);
    cx.prog.globals.emplace_back(v, value);
  }
}

void build_helper(Context& cx, StmtBuilder& st) {
  Program& prog = cx.prog;
  const Policy& pol = cx.policy;
  Rng& rng = cx.rng;
  cx.func = static_cast<uint16_t>(prog.funcs.size());
  prog.funcs.emplace_back();
  prog.funcs.back().name = cx.namer.fresh(rng, NameKind::Helper, kFloat32);
  open_function_scope(cx);
  const int nparams = draw(rng, 1, pol.helper_params_max);
  for (int i = 0; i < nparams; ++i) {
    const TypeId t = cx.draw_local_type();
    const VarId v = cx.add_var(cx.namer.fresh(rng, NameKind::HelperParam, t), t, 0, Role::Param, helper_param_range(t));
    prog.funcs.back().params.push_back(v);
    cx.scope.add(v);
  }
  // Sometimes an array and an index into it, as helpers that gather from a buffer take them.
  cx.clear_inputs();
  if (rng.chance(pol.p_helper_array)) {
    const auto dtype = static_cast<TypeId>(rng.weighted(pol.array_type));
    const VarId a = cx.add_var(cx.namer.fresh(rng, NameKind::Input, dtype), dtype, 1, Role::Param);
    const VarId i =
        cx.add_var(cx.namer.fresh(rng, NameKind::Loop, kInt32), kInt32, 0, Role::Param, helper_param_range(kInt32));
    for (VarId v : {a, i}) {
      prog.funcs.back().params.push_back(v);
      cx.scope.add(v);
    }
    cx.add_input(a);
  }
  // Helpers that call helpers: the new helper returns the previous helper's type and returns a call.
  const bool chain = cx.func > 0 && rng.chance(pol.p_helper_chain);
  prog.funcs.back().ret = chain ? prog.funcs[cx.func - 1u].ret : cx.draw_local_type();
  prog.funcs.back().stmt_begin = static_cast<uint32_t>(prog.stmts.size());
  cx.budget = kHelperBudget;
  const BlockCtx top{};
  const int n = draw(rng, 0, 3);
  for (int i = 0; i < n && cx.budget > 0; ++i) st.statement(1, top);
  st.ret(1, prog.funcs.back().ret, chain);
  prog.funcs.back().stmt_end = static_cast<uint32_t>(prog.stmts.size());
}

// Sizes of the arrays whose shape the launch contract fixes: lookup tables, and accumulators (often one
// element: a global sum).
constexpr std::array<uint8_t, 7> kTableSizes = {4, 8, 9, 16, 27, 32, 64};
constexpr std::array<uint8_t, 5> kAccumulatorSizes = {1, 4, 8, 16, 32};

VarId add_param(Context& cx, NameKind kind, TypeId t, uint8_t ndim, uint8_t fixed = 0) {
  const Role role = kind == NameKind::Output ? Role::Output : Role::Param;
  return cx.add_param(cx.namer.fresh(cx.rng, kind, t), t, ndim, role, param_range(t), fixed);
}

// Kernels that index several arrays by the thread index rely on them having the launch's shape; Warp's
// own tests check it in the kernel: wp.expect_eq(x.shape[0], y.shape[0]). The launch contract gives
// every non-fixed array that shape, so the check holds on every launch under the contract. Written once
// the body is complete, right after wp.tid(), and only over arrays the body reads or writes anyway (a
// shape read does not count as using an array).
void expect_same_shape(Context& cx, ExprBuilder& ex) {
  std::array<VarId, 16> sized;
  size_t n = 0;
  for (const auto* list : {&cx.inputs, &cx.outputs})
    for (VarId v : *list)
      if (cx.prog.vars[v].fixed == 0 && cx.prog.vars[v].ndim == cx.tid.size() && n < sized.size()) sized[n++] = v;
  if (n < 2) return;
  const size_t a = static_cast<size_t>(cx.rng.range(0, static_cast<int64_t>(n) - 1));
  const size_t b = (a + static_cast<size_t>(cx.rng.range(1, static_cast<int64_t>(n) - 1))) % n;
  const int d = static_cast<int>(cx.rng.range(0, static_cast<int64_t>(cx.tid.size()) - 1));
  Func& kernel = cx.prog.funcs.back();
  const Stmt check{StmtKind::Expect, 1, 0, 0, ex.shape_of(sized[a], d), ex.shape_of(sized[b], d)};
  cx.prog.stmts.insert(cx.prog.stmts.begin() + kernel.stmt_begin + 1, check);  // after wp.tid()
  ++kernel.stmt_end;
}

void build_kernel(Context& cx, ExprBuilder& ex, StmtBuilder& st, const std::string& name) {
  Program& prog = cx.prog;
  const Policy& pol = cx.policy;
  Rng& rng = cx.rng;
  cx.func = static_cast<uint16_t>(prog.funcs.size());
  cx.in_kernel = true;
  cx.clear_inputs();
  open_function_scope(cx);
  prog.funcs.emplace_back();
  prog.funcs.back().name = cx.namer.take(name);
  prog.funcs.back().kernel = true;

  const int dims = pol.tid_dims;
  // An array has the launch's shape, or is 1-D with a size the contract fixes.
  auto fixed_size = [&](double p, std::span<const uint8_t> sizes) -> uint8_t {
    const bool full = dims == 1 || rng.chance(pol.p_array_full_dim);
    return full && !rng.chance(p) ? 0 : rng.pick(sizes);
  };
  // An idiom declares its arrays and scalars first; the preset's own come on top, fewer of them.
  prog.idiom = draw_idiom(cx, dims);
  const IdiomShape idiom = prog.idiom == kNoIdiom ? IdiomShape{} : declare_idiom(cx, prog.idiom);
  const int ninputs = std::max(draw(rng, pol.inputs_min, pol.inputs_max) - idiom.inputs, 0);
  for (int i = 0; i < ninputs; ++i) {
    const auto t = static_cast<TypeId>(rng.weighted(pol.array_type));
    const uint8_t fixed = fixed_size(pol.p_fixed_input, kTableSizes);
    cx.add_input(add_param(cx, NameKind::Input, t, fixed ? 1 : static_cast<uint8_t>(dims), fixed));
  }
  const int noutputs = std::max(draw(rng, pol.outputs_min, pol.outputs_max) - idiom.outputs, 0);
  // One output at least takes `+=` of a number (bool, int8 and friends have no atomics; matrices and
  // transforms are not built from one): somewhere for every value the kernel computes to go.
  auto gathers = [](TypeId t) {
    return atomic_accepts(t, lang::kAtomics[kAtomicAdd]) &&
           (is_scalar(t) || (info(t).kind == Kind::Vector && info(t).rows <= 4));
  };
  bool gathered = false;
  for (VarId out : cx.outputs) gathered = gathered || gathers(prog.vars[out].type);
  for (int i = 0; i < noutputs; ++i) {
    auto t = static_cast<TypeId>(rng.weighted(pol.array_type));
    if (i == noutputs - 1 && !gathered && !gathers(t)) t = kFloat32;
    gathered = gathered || gathers(t);
    // Shared outputs take atomics, so only dtypes with atomic_add may be shared; and not half-precision
    // ones: every thread's adds land in one element, and float16 overflows past 65504 (verify: nan).
    const bool shareable = atomic_accepts(t, lang::kAtomics[kAtomicAdd]) && info(t).scalar != kFloat16;
    const uint8_t fixed = shareable ? fixed_size(pol.p_fixed_output, kAccumulatorSizes) : 0;
    cx.add_output(add_param(cx, NameKind::Output, t, fixed ? 1 : static_cast<uint8_t>(dims), fixed));
  }
  const int nscalars = draw(rng, pol.scalars_min, pol.scalars_max);
  for (int i = 0; i < nscalars; ++i)
    add_param(cx, NameKind::Param, static_cast<TypeId>(rng.weighted(pol.param_type)), 0);
  add_struct_params(cx);
  const bool random = rng.chance(pol.p_rand);
  const VarId seed = random ? add_param(cx, NameKind::Param, kInt32, 0) : 0;

  prog.funcs.back().stmt_begin = static_cast<uint32_t>(prog.stmts.size());
  // tid = wp.tid()  /  i, j = wp.tid()
  for (int d = 0; d < dims; ++d) {
    const std::string_view stem = dims == 1 ? rng.pick(std::span<const std::string_view>(kTidNames1)) : kTidNamesN[d];
    const VarId v = cx.add_var(cx.namer.take(stem), kInt32, 0, Role::Tid, {0, kMaxExtent - 1});
    cx.tid.push_back(v);
    cx.scope.add(v);
  }
  prog.stmts.push_back(Stmt{StmtKind::Tid, 1, static_cast<uint16_t>(dims), cx.tid[0]});
  cx.budget = kKernelBudget;
  if (random) {
    static const uint16_t rand_init = op_row("rand_init", TClass::Float32);
    const std::array<ExprId, 2> args{ex.var(seed), ex.var(cx.tid[0])};
    cx.rng_var = st.declare(1, kUInt32, ex.make_op(rand_init, kUInt32, args), Role::Rng);
    cx.has_rng = true;
    cx.reset_producers();
  }
  if (prog.idiom != kNoIdiom) write_idiom(cx, ex, st, prog.idiom);
  read_struct_params(cx, ex);
  build_struct_local(cx, ex);
  const int n = draw(rng, pol.body_min, pol.body_max);
  const BlockCtx top{};
  for (int i = 0; i < n && cx.budget > 0; ++i) st.statement(1, top);
  st.final_stores(1);
  prog.funcs.back().stmt_end = static_cast<uint32_t>(prog.stmts.size());
}

// @wp.kernel(enable_backward=False), as real code writes it (a quarter of newton's kernels): mostly on
// kernels with nothing to differentiate (no float array), sometimes on others (compile time). Drawn on
// a side stream, so the kernel itself is the one it would be without the option.
void choose_backward(Context& cx) {
  bool differentiable = false;
  for (VarId v : cx.prog.funcs.back().params) {
    const Var& var = cx.prog.vars[v];
    differentiable =
        differentiable || (var.ndim > 0 && var.strct == kNoStruct && is_float_scalar(info(var.type).scalar));
  }
  cx.prog.forward_only = cx.rng.side(0x6261636b77617264ULL).chance(differentiable ? kForwardOnlyShare : 0.5);
}

}  // namespace

void build_module(Workspace& ws, Rng& rng, const Policy& policy, const std::string& kernel_name) {
  Context cx(ws, rng, policy);
  ExprBuilder ex(cx);
  StmtBuilder st(cx, ex);
  cx.namer.take(kernel_name);
  if (policy.tiles) {
    // The helpers a tile kernel may map over its tiles (gen/tiles.h); it defines its own constants.
    const int helpers = draw(rng, policy.helpers_min, policy.helpers_max);
    for (int i = 0; i < helpers; ++i) build_helper(cx, st);
    build_tile_kernel(cx, ex, kernel_name);
    prune(cx.prog);  // what the helpers could not hand on (the tile kernel reads all it computes)
    name_unread(cx.prog);
    return choose_backward(cx);
  }
  if (rng.chance(policy.p_constants)) build_constants(cx, ex);
  declare_struct(cx);
  const int helpers = draw(rng, policy.helpers_min, policy.helpers_max);
  for (int i = 0; i < helpers; ++i) build_helper(cx, st);
  build_kernel(cx, ex, st, kernel_name);
  prune(cx.prog);
  st.consume_params(1);
  cx.prog.funcs.back().stmt_end = static_cast<uint32_t>(cx.prog.stmts.size());
  if (rng.chance(policy.p_expect)) expect_same_shape(cx, ex);
  spell_unbound_constants(cx.prog);
  // A module constant nothing reads is dead code.
  const std::vector<uint32_t> reads = live_reads(cx.prog);
  std::erase_if(cx.prog.globals, [&](const auto& g) { return reads[g.first] == 0; });
  use_static(cx, ex);
  name_unread(cx.prog);
  choose_backward(cx);
}

}  // namespace ws::gen
