#include <gtest/gtest.h>

#include <vector>

#include "gen/ops.h"
#include "gen/stmt.h"
#include "gen_test_util.h"
#include "lang/decompositions.h"

namespace ws::gen {
namespace {

void var_refs(const Program& p, ExprId id, std::vector<VarId>& out) {
  if (id == kNoExpr) return;
  const Expr& e = p.exprs[id];
  // Variables, and arrays read or measured (a[i], a.shape[0]).
  if (e.kind == ExprKind::Var || e.kind == ExprKind::Index || e.kind == ExprKind::Shape) out.push_back(e.ref);
  for (int i = 0; i < e.nkids; ++i) var_refs(p, p.kid_id(e, i), out);
}

// Warp's emit_UnaryOp folds only unary minus of a constant; `not False` and `~1` call a builtin.
bool warp_constant(const Program& p, const Expr& e) {
  if (e.kind == ExprKind::Lit) return e.type == kInt32 || e.type == kFloat32 || e.type == kBool;
  if (e.kind == ExprKind::Var) return p.vars[e.ref].role == Role::LoopVar;
  return e.kind == ExprKind::Op && ops()[e.ref].form == Form::Prefix && ops()[e.ref].text == "-" &&
         warp_constant(p, p.kid(e, 0));
}

// Replays one function's statements with Python's block structure and checks the rules Warp imposes
// on top of it: names are used only while the block that bound them is open, kernel parameters, loop
// variables and thread indices are never assigned, no local starts out as a compile-time constant,
// break/continue sit inside loops, and every while loop bumps its counter before anything else.
void check_function(const Program& p, const Func& f) {
  constexpr int kDead = -1, kGlobal = 0;
  std::vector<int> bound_at(p.vars.size(), kDead);
  std::vector<bool> ever(p.vars.size(), false);
  for (VarId v : f.params) bound_at[v] = kGlobal, ever[v] = true;
  for (const auto& g : p.globals) bound_at[g.first] = kGlobal, ever[g.first] = true;
  std::vector<int> loop_indents;
  uint32_t counter_bump = 0;  // the statement right after a `while`
  for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i) {
    const Stmt& s = p.stmts[i];
    ASSERT_GE(s.indent, 1);
    for (size_t v = 0; v < bound_at.size(); ++v)
      if (bound_at[v] > s.indent) bound_at[v] = kDead;
    while (!loop_indents.empty() && loop_indents.back() >= s.indent) loop_indents.pop_back();

    std::vector<VarId> used;
    const bool binds = s.kind == StmtKind::Assign && p.exprs[s.e0].kind == ExprKind::Var;
    var_refs(p, binds ? kNoExpr : s.e0, used);
    var_refs(p, s.e1, used);
    if (s.kind != StmtKind::Atomic) var_refs(p, s.e2, used);  // an atomic's e2 is the local it binds
    for (VarId v : used) ASSERT_NE(bound_at[v], kDead) << p.vars[v].name << " used out of scope in " << f.name;

    switch (s.kind) {
      case StmtKind::Assign:
      case StmtKind::AugAssign: {
        const Expr& target = p.exprs[s.e0];
        if (target.kind == ExprKind::Index) break;
        if (target.kind == ExprKind::Component && p.kid(target, 0).kind == ExprKind::Index) {
          ASSERT_EQ(p.vars[p.kid(target, 0).ref].role, Role::Output);  // out[i].x = ...
          break;
        }
        const VarId v = target.kind == ExprKind::Var ? target.ref : p.kid(target, 0).ref;
        const Role role = p.vars[v].role;
        if (role == Role::Struct) {  // rec = S() / rec.f = v: a kernel-level struct local (gen/structs.h)
          ASSERT_EQ(s.indent, 1);
          ASSERT_EQ(p.vars[v].ndim, 0);
          ASSERT_EQ(p.exprs[binds ? s.e1 : s.e0].kind, binds ? ExprKind::StructNew : ExprKind::Field);
          if (binds) bound_at[v] = s.indent;
          break;
        }
        if (binds && bound_at[v] == kDead) {
          ASSERT_FALSE(ever[v]) << p.vars[v].name << " rebound after its block closed";
          bound_at[v] = s.indent;
          ever[v] = true;
          // Role::Query: a query object; Role::Tid: a hash grid's point id of the thread (gen/queries.h).
          ASSERT_TRUE(role == Role::Local || role == Role::Rng || role == Role::LoopVar || role == Role::Query ||
                      role == Role::Tid);
        } else if (i != counter_bump) {
          ASSERT_EQ(role, Role::Local) << "assignment to " << p.vars[v].name;
        }
        ASSERT_NE(bound_at[v], kDead);
        if (binds) {
          const Expr& value = p.exprs[s.e1];
          ASSERT_FALSE(warp_constant(p, value)) << p.vars[v].name << " bound to a constant";
        }
        break;
      }
      case StmtKind::For:
        ASSERT_EQ(p.vars[s.var].role, Role::LoopVar);
        bound_at[s.var] = s.indent + 1;
        loop_indents.push_back(s.indent);
        break;
      case StmtKind::ForIn:  // for index in <hash grid query>: (gen/queries.h)
        ASSERT_EQ(p.vars[s.var].role, Role::LoopVar);
        ASSERT_EQ(p.vars[p.exprs[s.e0].ref].role, Role::Query);
        bound_at[s.var] = s.indent + 1;
        loop_indents.push_back(s.indent);
        break;
      case StmtKind::While: {
        loop_indents.push_back(s.indent);
        // A query's loop (gen/queries.h) is bounded by what the structure holds: its `_next` call
        // writes the next index into a LoopVar cursor, and it has no counter of its own.
        if (p.exprs[s.e0].kind == ExprKind::Query) {
          ASSERT_EQ(p.vars[p.kid(p.exprs[s.e0], 1).ref].role, Role::LoopVar);
          break;
        }
        counter_bump = i + 1;
        // The counter test comes first, and the body starts with `counter += 1`.
        const Expr* cond = &p.exprs[s.e0];
        if (ops()[cond->ref].text == "and") cond = &p.kid(*cond, 0);
        ASSERT_EQ(ops()[cond->ref].text, "<");
        const Expr& counter = p.kid(*cond, 0);
        ASSERT_EQ(p.vars[counter.ref].role, Role::LoopVar);
        ASSERT_LT(i + 1, f.stmt_end);
        const Stmt& bump = p.stmts[i + 1];
        ASSERT_EQ(bump.kind, StmtKind::AugAssign);
        ASSERT_EQ(bump.indent, s.indent + 1);
        ASSERT_EQ(p.exprs[bump.e0].ref, counter.ref);
        ASSERT_EQ(ops()[bump.op].text, "+");
        ASSERT_EQ(p.exprs[bump.e1].kind, ExprKind::Lit);
        ASSERT_GT(p.exprs[bump.e1].value, 0);
        break;
      }
      case StmtKind::Atomic: {
        ASSERT_EQ(p.vars[p.exprs[s.e0].ref].role, Role::Output);
        // atomic_cas binds the statement's var (its e2 is the compare value); the others bind e2, if any
        const VarId v = s.op == kAtomicCas ? s.var : s.e2 != kNoExpr ? p.exprs[s.e2].ref : kNoVar;
        if (v != kNoVar) {
          ASSERT_FALSE(ever[v]);
          ASSERT_EQ(p.vars[v].role, Role::Local);
          bound_at[v] = s.indent;
          ever[v] = true;
        }
        break;
      }
      case StmtKind::Break:
      case StmtKind::Continue:
        ASSERT_FALSE(loop_indents.empty());
        break;
      case StmtKind::Tid:
        for (int d = 0; d < s.op; ++d) bound_at[s.var + d] = kGlobal;
        break;
      case StmtKind::Decompose:  // U, sigma, V = wp.svd3(F): locals of this block
        for (int d = 0; d < lang::kDecompositions[s.op].count; ++d)
          bound_at[s.var + d] = s.indent, ever[s.var + d] = true;
        break;
      case StmtKind::Return:
        ASSERT_EQ(s.e0 == kNoExpr, f.kernel);
        if (!f.kernel) {
          ASSERT_EQ(p.exprs[s.e0].type, f.ret);
        }
        break;
      default:
        break;
    }
    // Every compound statement has a body one level deeper.
    if (s.kind == StmtKind::If || s.kind == StmtKind::Elif || s.kind == StmtKind::Else || s.kind == StmtKind::For ||
        s.kind == StmtKind::While) {
      ASSERT_LT(i + 1, f.stmt_end);
      ASSERT_EQ(p.stmts[i + 1].indent, s.indent + 1);
    }
  }
  if (!f.kernel) {
    ASSERT_EQ(p.stmts[f.stmt_end - 1].kind, StmtKind::Return);
  }
}

TEST(StmtBuilder, ProgramsFollowPythonScopingAndWarpRules) {
  testing::for_each_program(200, [](const Program& p, std::string_view preset) {
    for (const Func& f : p.funcs) {
      SCOPED_TRACE(std::string(preset));
      check_function(p, f);
    }
  });
}

TEST(StmtBuilder, StatementsAreTypeConsistent) {
  testing::for_each_program(100, [](const Program& p, std::string_view) {
    for (const Stmt& s : p.stmts) {
      switch (s.kind) {
        case StmtKind::Assign:
          ASSERT_EQ(p.exprs[s.e0].type, p.exprs[s.e1].type);
          break;
        case StmtKind::AugAssign: {
          const TypeId t = p.exprs[s.e0].type;
          ASSERT_EQ(t, p.exprs[s.e1].type);
          bool found = false;  // `x op= y` must be a valid `x op y` with result type t
          for (const Producer& pr : producers(t))
            found = found || (pr.op == s.op && pr.t == t && ops()[pr.op].args[1] == Pat::T);
          ASSERT_TRUE(found) << ops()[s.op].text << " on " << info(t).py;
          break;
        }
        case StmtKind::Atomic: {
          const Expr& target = p.exprs[s.e0];
          ASSERT_EQ(target.kind, ExprKind::Index);
          ASSERT_EQ(target.type, p.exprs[s.e1].type);
          ASSERT_TRUE(atomic_accepts(target.type, lang::kAtomics[kAtomicAdd]));
          ASSERT_TRUE(atomic_accepts(target.type, lang::kAtomics[s.op]));
          break;
        }
        case StmtKind::If:
        case StmtKind::Elif:
        case StmtKind::While:
          ASSERT_EQ(p.exprs[s.e0].type, kBool);
          break;
        case StmtKind::For:
          for (ExprId e : {s.e0, s.e1, s.e2})
            if (e != kNoExpr) {
              ASSERT_EQ(p.exprs[e].type, kInt32);
            }
          break;
        default:
          break;
      }
    }
  });
}

TEST(StmtBuilder, KernelsWriteEveryOutput) {
  testing::for_each_program(100, [](const Program& p, std::string_view) {
    const Func& k = p.funcs.back();
    ASSERT_TRUE(k.kernel);
    int outputs = 0;
    for (VarId v : k.params) {
      if (p.vars[v].role != Role::Output) continue;
      ++outputs;
      bool written = false;
      for (uint32_t i = k.stmt_begin; i < k.stmt_end; ++i) {
        const Stmt& s = p.stmts[i];
        written = written || (s.kind == StmtKind::TileStore && s.var == v);  // wp.tile_store(out, ...)
        if (s.kind != StmtKind::Atomic && s.kind != StmtKind::Assign && s.kind != StmtKind::AugAssign) continue;
        // out[i] = ..., out[i] += ..., wp.atomic_add(out, ...), out[i].x = ...
        const Expr* target = &p.exprs[s.e0];
        if (target->kind == ExprKind::Component) target = &p.kid(*target, 0);
        written = written || (target->kind == ExprKind::Index && target->ref == v);
      }
      EXPECT_TRUE(written) << p.vars[v].name << " is never written";
    }
    EXPECT_GE(outputs, 1);
  });
}

TEST(StmtBuilder, ScalarKernelsUseEveryParameter) {
  // Where every output is a number, each parameter the body ignored is folded into one at the end.
  testing::for_each_program(150, [](const Program& p, std::string_view preset) {
    if (preset != "arithmetic" && preset != "scalar_param" && preset != "math" && preset != "loop") return;
    const Func& k = p.funcs.back();
    std::vector<bool> used(p.vars.size(), false);
    std::vector<VarId> refs;
    for (uint32_t i = k.stmt_begin; i < k.stmt_end; ++i)
      for (ExprId e : {p.stmts[i].e0, p.stmts[i].e1, p.stmts[i].e2}) var_refs(p, e, refs);
    for (VarId v : refs) used[v] = true;
    for (VarId v : k.params) {
      if (p.vars[v].role != Role::Param) continue;
      EXPECT_TRUE(used[v]) << preset << ": " << p.vars[v].name;
    }
  });
}

}  // namespace
}  // namespace ws::gen
