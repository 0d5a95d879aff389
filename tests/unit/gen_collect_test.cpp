#include <gtest/gtest.h>

#include <algorithm>

#include "gen/collect.h"
#include "gen_test_util.h"

namespace ws::gen {
namespace {

TEST(Collect, ReachabilityFollowsCallChains) {
  // Four functions, each with one `return <call>` statement: kernel -> helper 1 -> helper 0; helper 2 unused.
  Program p;
  auto call = [&](uint16_t f) {
    p.exprs.push_back(Expr{ExprKind::Call, kFloat32, 0, 0, false, f, 0, 0, {}});
    return static_cast<ExprId>(p.exprs.size() - 1);
  };
  p.funcs.resize(4);
  p.stmts = {Stmt{StmtKind::Return, 1, 0, 0, kNoExpr}, Stmt{StmtKind::Return, 1, 0, 0, call(0)},
             Stmt{StmtKind::Return, 1, 0, 0, call(0)}, Stmt{StmtKind::Return, 1, 0, 0, call(1)}};
  for (uint32_t f = 0; f < 4; ++f) p.funcs[f].stmt_begin = f, p.funcs[f].stmt_end = f + 1;
  p.funcs[3].kernel = true;
  EXPECT_EQ(reachable_helpers(p), 0b011u);
}

TEST(Collect, UnreachedHelpersContributeNothing) {
  testing::for_each_program(60, [](const Program& p, std::string_view) {
    const uint32_t reach = reachable_helpers(p);
    const FeatureSet all = collect_features(p, 0xffffffffu), used = collect_features(p, reach);
    const auto a = all.names(), u = used.names();
    EXPECT_TRUE(std::includes(a.begin(), a.end(), u.begin(), u.end()));
    EXPECT_EQ(used.has(Tag::Func), reach != 0);
  });
}

TEST(Collect, LoopKindsAndNesting) {
  Program p;
  auto lit = [&](int64_t v) {
    p.exprs.push_back(Expr{ExprKind::Lit, kInt32, 0, 0, true, 0, 0, v, {}});
    return static_cast<ExprId>(p.exprs.size() - 1);
  };
  p.vars.push_back(Var{"n", kInt32, 0, Role::Param});
  p.exprs.push_back(Expr{ExprKind::Var, kInt32, 0, 0, false, 0, 0, 0, {}});
  const ExprId n = 0;
  p.stmts = {Stmt{StmtKind::For, 1, 0, 0, lit(4)}, Stmt{StmtKind::For, 2, 0, 0, n}, Stmt{StmtKind::Break, 3}};
  Func k;
  k.kernel = true;
  k.stmt_end = 3;
  p.funcs.push_back(k);
  const FeatureSet fs = collect_features(p, 0);
  EXPECT_TRUE(fs.has(Tag::ForStatic));
  EXPECT_TRUE(fs.has(Tag::ForDynamic));
  EXPECT_TRUE(fs.has(Tag::NestedLoop));
  EXPECT_TRUE(fs.has(Tag::Break));
  EXPECT_FALSE(fs.has(Tag::While));
}

}  // namespace
}  // namespace ws::gen
