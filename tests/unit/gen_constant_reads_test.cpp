// gen/constant_reads.h on hand-built kernels whose Warp C++ is known: which reads of a module constant
// Warp turns into reads of a variable some path never wrote (Adjoint.emit_Name binds the constant
// where it is first named; emit_If merges the bindings of two branches into a `wp::where`), and which
// it does not. Each case is a shape generate produced; the comments give the Python.
#include <gtest/gtest.h>

#include <string>

#include "gen/constant_reads.h"
#include "gen/ops.h"

namespace ws::gen {
namespace {

class Kernel {
 public:
  Kernel() {
    c_ = var("C", kFloat32, 0, Role::Global);
    p_.globals.emplace_back(c_, expr(ExprKind::Lit, kFloat32, 0, {}, 65, 1));  // C = wp.constant(6.5)
    a_ = var("a", kFloat32, 1, Role::Param);
    out_ = var("out", kFloat32, 1, Role::Output);
    n_ = var("n", kInt32, 0, Role::Param);
    i_ = var("i", kInt32, 0, Role::Tid);
    j_ = var("j", kInt32, 0, Role::LoopVar);
    p_.funcs.push_back(Func{"k", true, {a_, out_, n_}, kNoType, {}, false, 0, 0});
    stmt(StmtKind::Tid, 1, kNoExpr, kNoExpr, i_);
  }

  // `if a[i] > <tenths>/10:` (or elif) at `indent`.
  void branch(StmtKind kind, uint8_t indent, int tenths) {
    static const uint16_t greater = op_row(">", TClass::NumScalar);
    const ExprId lit = expr(ExprKind::Lit, kFloat32, 0, {}, tenths, 1);
    stmt(kind, indent, expr(ExprKind::Op, kBool, greater, {element(), lit}));
  }
  void otherwise(uint8_t indent) { stmt(StmtKind::Else, indent); }
  // `for j in range(n):`: a dynamic loop, which may run no iteration.
  void loop(uint8_t indent) { stmt(StmtKind::For, indent, expr(ExprKind::Var, kInt32, n_, {}), kNoExpr, j_); }
  // `out[i] = C` (or `out[i] += C`); returns the expression that reads C.
  ExprId store_c(uint8_t indent, bool add = false) {
    const ExprId c = expr(ExprKind::Var, kFloat32, c_, {});
    stmt(add ? StmtKind::AugAssign : StmtKind::Assign, indent, target(), c, kNoVar);  // the pass reads no operator
    return c;
  }
  void store_data(uint8_t indent) { stmt(StmtKind::Assign, indent, target(), element()); }

  // Runs the pass; whether the read `c` is now the literal 6.5.
  int spell() {
    p_.funcs.back().stmt_end = static_cast<uint32_t>(p_.stmts.size());
    return spell_unbound_constants(p_);
  }
  bool literal(ExprId c) const { return p_.exprs[c].kind == ExprKind::Lit && p_.exprs[c].value == 65; }

 private:
  VarId var(const std::string& name, TypeId t, uint8_t ndim, Role role) {
    p_.vars.push_back(Var{name, t, ndim, role});
    return static_cast<VarId>(p_.vars.size() - 1);
  }
  ExprId expr(ExprKind kind, TypeId t, uint16_t ref, std::initializer_list<ExprId> kids, int64_t value = 0,
              uint8_t aux = 0) {
    Expr e{};
    e.kind = kind, e.type = t, e.ref = ref, e.value = value, e.aux = aux;
    e.nkids = static_cast<uint8_t>(kids.size());
    e.kids = static_cast<uint32_t>(p_.kids.size());
    p_.kids.insert(p_.kids.end(), kids);
    p_.exprs.push_back(e);
    return static_cast<ExprId>(p_.exprs.size() - 1);
  }
  ExprId element() { return expr(ExprKind::Index, kFloat32, a_, {expr(ExprKind::Var, kInt32, i_, {})}); }
  ExprId target() { return expr(ExprKind::Index, kFloat32, out_, {expr(ExprKind::Var, kInt32, i_, {})}); }
  void stmt(StmtKind kind, uint8_t indent, ExprId e0 = kNoExpr, ExprId e1 = kNoExpr, VarId v = 0, uint16_t op = 0) {
    p_.stmts.push_back(Stmt{kind, indent, op, v, e0, e1, kNoExpr});
  }

  Program p_;
  VarId c_, a_, out_, n_, i_, j_;
};

TEST(ConstantReads, SelectWrittenInsideABranchIsNotReadAfterIt) {
  // if a[i] > 0.0:
  //     if a[i] > 0.5: out[i] = C        C bound to a constant variable (c1)
  //     else: out[i] = C                 another one (c2); where(cond, c1, c2) written in the outer branch
  // out[i] += C                          would read that where on the path that skipped the branch
  Kernel k;
  k.branch(StmtKind::If, 1, 0);
  k.branch(StmtKind::If, 2, 5);
  const ExprId first = k.store_c(3);
  k.otherwise(2);
  const ExprId second = k.store_c(3);
  const ExprId after = k.store_c(1, true);
  EXPECT_EQ(k.spell(), 1);
  EXPECT_FALSE(k.literal(first));
  EXPECT_FALSE(k.literal(second));
  EXPECT_TRUE(k.literal(after));
}

TEST(ConstantReads, SelectOfTwoWholeBranchesIsReadable) {
  // As above, but the outer else names C too: the outer where(cond, <inner where>, c3) is written at
  // the top and each side is written on its own path, so the read after it is sound.
  Kernel k;
  k.branch(StmtKind::If, 1, 0);
  k.branch(StmtKind::If, 2, 5);
  k.store_c(3);
  k.otherwise(2);
  k.store_c(3);
  k.otherwise(1);
  k.store_c(2);
  const ExprId after = k.store_c(1, true);
  EXPECT_EQ(k.spell(), 0);
  EXPECT_FALSE(k.literal(after));
}

TEST(ConstantReads, SelectOverAPartialValueIsGarbage) {
  // if a[i] > 0.0:
  //     if a[i] > 0.5: out[i] = a[i]     C not named on this path
  //     elif a[i] > 0.2: out[i] = C
  //     else: out[i] = C                 where(...) written only in the elif's else block
  // else: out[i] = C
  // out[i] += C                          where(cond, <unwritten on the first path>, c3): garbage there
  Kernel k;
  k.branch(StmtKind::If, 1, 0);
  k.branch(StmtKind::If, 2, 5);
  k.store_data(3);
  k.branch(StmtKind::Elif, 2, 2);
  k.store_c(3);
  k.otherwise(2);
  k.store_c(3);
  k.otherwise(1);
  k.store_c(2);
  const ExprId after = k.store_c(1, true);
  EXPECT_EQ(k.spell(), 1);
  EXPECT_TRUE(k.literal(after));
}

TEST(ConstantReads, ConstantVariablesAreWrittenAtEntry) {
  // if a[i] > 0.0: out[i] = C            C's variable is declared with its value: readable anywhere
  // out[i] += C
  Kernel k;
  k.branch(StmtKind::If, 1, 0);
  k.store_c(2);
  const ExprId after = k.store_c(1, true);
  EXPECT_EQ(k.spell(), 0);
  EXPECT_FALSE(k.literal(after));
}

TEST(ConstantReads, SelectWrittenInALoopIsNotReadAfterIt) {
  // for j in range(n):                   a dynamic loop may run no iteration
  //     if a[i] > 0.0: out[i] = C
  //     else: out[i] = C                 where(...) written in the loop body
  // out[i] += C
  Kernel k;
  k.loop(1);
  k.branch(StmtKind::If, 2, 0);
  k.store_c(3);
  k.otherwise(2);
  k.store_c(3);
  const ExprId after = k.store_c(1, true);
  EXPECT_EQ(k.spell(), 1);
  EXPECT_TRUE(k.literal(after));
}

TEST(ConstantReads, FirstNamedOutsideAnyBranchNeverMerges) {
  // out[i] = C; if a[i] > 0.0: out[i] = C else: out[i] = C; out[i] += C: one variable throughout
  Kernel k;
  k.store_c(1);
  k.branch(StmtKind::If, 1, 0);
  k.store_c(2);
  k.otherwise(1);
  k.store_c(2);
  const ExprId after = k.store_c(1, true);
  EXPECT_EQ(k.spell(), 0);
  EXPECT_FALSE(k.literal(after));
}

}  // namespace
}  // namespace ws::gen
