// What a person would not write, checked on the program trees of every preset by rules written here from
// the shape of the code: a loop that only branches, breaks and continues; a `continue` that ends its
// loop's body; a conditional expression inside another; an operator or builtin applied to constants only
// (`wp.length(wp.vec2(3.0, 4.0))`), which a person works out by hand; a condition that is a literal.
// scripts/naturalness.py measures the same on a dataset's text.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "gen/collect.h"
#include "gen/ops.h"
#include "gen/printer.h"
#include "gen_test_util.h"

namespace ws::gen {
namespace {

std::string text(const Program& p) {
  std::string out;
  print_module(p, reachable_helpers(p), {}, out);
  return out;
}

bool is_loop(StmtKind k) {
  return k == StmtKind::For || k == StmtKind::While || k == StmtKind::ForIn;
}
bool is_branch(StmtKind k) {
  return k == StmtKind::If || k == StmtKind::Elif || k == StmtKind::Else;
}
bool is_header(StmtKind k) {
  return is_loop(k) || is_branch(k);
}

struct Body {
  const Program& p;
  const Func& f;

  uint32_t end_of(uint32_t h) const {  // one past the block the header at h opens
    uint32_t i = h + 1;
    while (i < f.stmt_end && p.stmts[i].indent > p.stmts[h].indent) ++i;
    return i;
  }
  uint32_t header_of(uint32_t i) const {  // f.stmt_end at the function's top level
    for (uint32_t j = i; j-- > f.stmt_begin;)
      if (p.stmts[j].indent < p.stmts[i].indent) return j;
    return f.stmt_end;
  }
  // Nothing of the enclosing loop's body runs after statement i (or its block, or its if-chain).
  bool last_in_loop_body(uint32_t i) const {
    uint32_t n = is_header(p.stmts[i].kind) ? end_of(i) : i + 1;
    while (n < f.stmt_end && p.stmts[n].indent == p.stmts[i].indent &&
           (p.stmts[n].kind == StmtKind::Elif || p.stmts[n].kind == StmtKind::Else))
      n = end_of(n);
    if (n < f.stmt_end && p.stmts[n].indent >= p.stmts[i].indent) return false;
    const uint32_t h = header_of(i);
    if (h == f.stmt_end) return false;
    return is_loop(p.stmts[h].kind) || (is_branch(p.stmts[h].kind) && last_in_loop_body(h));
  }
  // The loop at h does something besides branching (a while loop's counter increment aside).
  bool loop_does_something(uint32_t h) const {
    for (uint32_t i = h + 1; i < end_of(h); ++i) {
      const Stmt& s = p.stmts[i];
      // a while loop's counter; a spatial query's loop counting what it visits does work with it
      const bool counter = p.stmts[h].kind == StmtKind::While && p.exprs[p.stmts[h].e0].kind != ExprKind::Query &&
                           s.kind == StmtKind::AugAssign && s.indent == p.stmts[h].indent + 1;
      if (!is_branch(s.kind) && s.kind != StmtKind::Break && s.kind != StmtKind::Continue && !counter) return true;
    }
    return false;
  }
};

// The regularised inverse's `wp.identity(n=3, dtype=float) * 7.0` (gen/expr_guard.cpp) is a scaled
// identity, a constant people write.
bool scaled_identity(const Program& p, const Expr& e) {
  return e.nkids == 2 && ops()[p.kid(e, 0).ref].form == Form::Identity && p.kid(e, 0).kind == ExprKind::Op;
}

bool same_tree(const Program& p, ExprId a, ExprId b) {
  const Expr &x = p.exprs[a], &y = p.exprs[b];
  bool same = x.kind == y.kind && x.ref == y.ref && x.value == y.value && x.aux == y.aux && x.nkids == y.nkids;
  for (int i = 0; same && i < x.nkids; ++i) same = same_tree(p, p.kid_id(x, i), p.kid_id(y, i));
  return same;
}

void check_expr(const Program& p, ExprId id, bool in_ternary, const std::string& where) {
  if (id == kNoExpr) return;
  const Expr& e = p.exprs[id];
  if (e.kind == ExprKind::Ternary) {
    EXPECT_FALSE(in_ternary) << where << ": a conditional expression inside another";
    EXPECT_FALSE(p.kid(e, 1).constant) << where << ": a conditional expression on a literal";
  }
  if (e.kind == ExprKind::Op && e.nkids > 0 && e.constant) {
    const Op& o = ops()[e.ref];
    EXPECT_TRUE(o.form == Form::Ctor || scaled_identity(p, e)) << where << ": " << o.text << " of constants only\n"
                                                               << text(p);
  }
  for (int i = 0; i < e.nkids; ++i) check_expr(p, p.kid_id(e, i), in_ternary || e.kind == ExprKind::Ternary, where);
}

TEST(GenNatural, NoLoopWithoutEffectNoTrailingContinueNoConstantArithmetic) {
  int loops = 0, continues = 0, ternaries = 0;
  testing::for_each_program(150, [&](const Program& p, std::string_view preset) {
    for (const Func& f : p.funcs) {
      const Body b{p, f};
      for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i) {
        const Stmt& s = p.stmts[i];
        const std::string where = std::string(preset) + " " + f.name + " statement " + std::to_string(i - f.stmt_begin);
        if (is_loop(s.kind)) {
          ++loops;
          EXPECT_TRUE(b.loop_does_something(i)) << where << ": a loop without effect\n" << text(p);
        }
        // range(start, stop) with both the same expression never runs
        if (s.kind == StmtKind::For && s.e1 != kNoExpr) {
          EXPECT_FALSE(same_tree(p, s.e0, s.e1)) << where << ": an empty range\n" << text(p);
        }
        if (s.kind == StmtKind::Continue) {
          ++continues;
          EXPECT_FALSE(b.last_in_loop_body(i)) << where << ": continue ends its loop's body\n" << text(p);
        }
        if ((s.kind == StmtKind::If || s.kind == StmtKind::Elif || s.kind == StmtKind::While) && s.e0 != kNoExpr) {
          EXPECT_FALSE(p.exprs[s.e0].constant) << where << ": a literal condition\n" << text(p);
        }
        for (ExprId e : {s.e0, s.e1, s.e2}) {
          if (e != kNoExpr && p.exprs[e].kind == ExprKind::Ternary) ++ternaries;
          check_expr(p, e, false, where);
        }
      }
    }
  });
  // The rules above must have had something to judge.
  EXPECT_GT(loops, 500);
  EXPECT_GT(continues, 20);
  EXPECT_GT(ternaries, 50);
}

// A while loop's bound (`while it < bound`) reads no local: the body could grow one as fast as the counter
// (`while it < c: it += 1; c += 3` never ended: generate --seed 808, kernel 1483, a signed overflow).
TEST(GenNatural, WhileBoundsReadNoLocal) {
  int whiles = 0;
  testing::for_each_program(300, [&](const Program& p, std::string_view preset) {
    for (const Stmt& s : p.stmts) {
      if (s.kind != StmtKind::While || p.exprs[s.e0].kind != ExprKind::Op) continue;
      const Expr* cmp = &p.exprs[s.e0];
      if (cmp->nkids == 2 && p.kid(*cmp, 0).kind == ExprKind::Op) cmp = &p.kid(*cmp, 0);  // `it < n and c`
      if (cmp->nkids != 2 || p.kid(*cmp, 0).kind != ExprKind::Var || p.vars[p.kid(*cmp, 0).ref].role != Role::LoopVar)
        continue;  // a query's `while wp.bvh_query_next(q, i)`
      ++whiles;
      for_each_read(p, p.kid_id(*cmp, 1), [&](VarId v) {
        EXPECT_NE(p.vars[v].role, Role::Local) << preset << ": while bound reads " << p.vars[v].name << "\n" << text(p);
      });
    }
  });
  EXPECT_GT(whiles, 100);
}

// A name spelled `_` (an unread thread index or loop variable) is never read: a read of `_` reads the
// last index bound to it (`i, _, _ = wp.tid()`), out of bounds on another axis. Statements added after
// prune() (an unread input folded into an output at the thread's own element) read indices that were
// unread before; generate --seed 4242 --preset random drew two such kernels in 1,507.
TEST(GenNatural, NoReadOfUnderscore) {
  Workspace ws;
  std::vector<const Preset*> chosen;  // random, and geometry, where decompositions unpack into `_`
  for (const Preset& p : presets())
    if (p.name == "random" || p.name == "geometry") chosen.push_back(&p);
  ASSERT_EQ(chosen.size(), 2u);
  int underscores = 0;
  for (uint64_t i = 0; i < 8000; ++i) {
    Rng rng(4242, i / 2);
    Policy policy;
    chosen[i % 2]->configure(policy, rng);
    build_module(ws, rng, policy, "k");
    const Program& p = ws.prog;
    // and `_` is one type: Warp keeps one symbol per name (`U, _, V = wp.svd3(F)` beside `for _ in
    // range(7)` rebinds a vec3 to an int in a loop, seed 31337 kernel 2,2xx)
    std::set<TypeId> underscore_types;
    for (const Var& v : p.vars)
      if (v.name == "_") ++underscores, underscore_types.insert(v.type);
    EXPECT_LE(underscore_types.size(), 1u) << "kernel " << i << "\n" << text(p);
    for (const Stmt& s : p.stmts)
      for (ExprId e : {s.e0, s.e1, s.e2})
        for_each_read(p, e, [&](VarId v) { EXPECT_NE(p.vars[v].name, "_") << "kernel " << i << "\n" << text(p); });
  }
  EXPECT_GT(underscores, 100);  // the rule had something to judge
}

}  // namespace
}  // namespace ws::gen
