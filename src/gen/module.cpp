#include "gen/module.h"

#include <array>

#include "gen/expr.h"
#include "gen/stmt.h"
#include "gen/structs.h"

namespace ws::gen {

namespace {

// Statement budgets: a helper stays short; a kernel stays well under ~80 lines.
constexpr int kHelperBudget = 6;
constexpr int kKernelBudget = 45;
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
    const VarId v = cx.add_var(cx.namer.fresh(rng, NameKind::Constant, t), t, 0, Role::Global);
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
    const VarId v = cx.add_var(cx.namer.fresh(rng, NameKind::HelperParam, t), t, 0, Role::Param);
    prog.funcs.back().params.push_back(v);
    cx.scope.add(v);
  }
  // Sometimes an array and an index into it, as helpers that gather from a buffer take them.
  cx.clear_inputs();
  if (rng.chance(pol.p_helper_array)) {
    const auto dtype = static_cast<TypeId>(rng.weighted(pol.array_type));
    const VarId a = cx.add_var(cx.namer.fresh(rng, NameKind::Input, dtype), dtype, 1, Role::Param);
    const VarId i = cx.add_var(cx.namer.fresh(rng, NameKind::Loop, kInt32), kInt32, 0, Role::Param);
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

VarId add_param(Context& cx, NameKind kind, TypeId t, uint8_t ndim) {
  const Role role = kind == NameKind::Output ? Role::Output : Role::Param;
  const VarId v = cx.add_var(cx.namer.fresh(cx.rng, kind, t), t, ndim, role);
  cx.prog.funcs.back().params.push_back(v);
  cx.scope.add(v);
  return v;
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
  auto array_dims = [&] { return static_cast<uint8_t>(rng.chance(pol.p_array_full_dim) ? dims : 1); };
  const int ninputs = draw(rng, pol.inputs_min, pol.inputs_max);
  for (int i = 0; i < ninputs; ++i)
    cx.add_input(add_param(cx, NameKind::Input, static_cast<TypeId>(rng.weighted(pol.array_type)), array_dims()));
  const int noutputs = draw(rng, pol.outputs_min, pol.outputs_max);
  for (int i = 0; i < noutputs; ++i)
    cx.add_output(add_param(cx, NameKind::Output, static_cast<TypeId>(rng.weighted(pol.array_type)), array_dims()));
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
    const VarId v = cx.add_var(cx.namer.take(stem), kInt32, 0, Role::Tid);
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
  read_struct_params(cx, ex);
  build_struct_local(cx, ex);
  const int n = draw(rng, pol.body_min, pol.body_max);
  const BlockCtx top{};
  for (int i = 0; i < n && cx.budget > 0; ++i) st.statement(1, top);
  st.final_stores(1);
  prog.funcs.back().stmt_end = static_cast<uint32_t>(prog.stmts.size());
}

}  // namespace

void build_module(Workspace& ws, Rng& rng, const Policy& policy, const std::string& kernel_name) {
  Context cx(ws, rng, policy);
  ExprBuilder ex(cx);
  StmtBuilder st(cx, ex);
  cx.namer.take(kernel_name);
  if (rng.chance(policy.p_constants)) build_constants(cx, ex);
  declare_struct(cx);
  const int helpers = draw(rng, policy.helpers_min, policy.helpers_max);
  for (int i = 0; i < helpers; ++i) build_helper(cx, st);
  build_kernel(cx, ex, st, kernel_name);
}

}  // namespace ws::gen
