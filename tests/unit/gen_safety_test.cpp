// The generator's promises (gen/stmt.h, gen/expr.h, gen/contract.h) checked on the program trees it
// builds, by rules written here from the shape of the code rather than from the builder's own value
// ranges: every index is the thread's own, or guarded against the array's shape, or a loop variable
// whose literal range fits a fixed-size array; plain stores go only to the element a thread owns;
// every local is read; the launch contract describes every parameter. scripts/launch_check.py proves
// the same by running the kernels with real Warp.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "gen/collect.h"
#include "gen/contract.h"
#include "gen/generator.h"
#include "gen/ops.h"
#include "gen/printer.h"
#include "gen/queries.h"
#include "gen/tiles.h"
#include "gen_test_util.h"

namespace ws::gen {
namespace {

std::string text(const Program& p) {
  std::string out;
  print_module(p, reachable_helpers(p), {}, out);
  return out;
}

std::string_view op_text(const Expr& e) {
  return e.kind == ExprKind::Op ? ops()[e.ref].text : std::string_view{};
}

// `a.shape[d] - 1` for this array and axis.
bool last_index_of(const Program& p, const Expr& e, VarId array, int dim) {
  if (op_text(e) != "-" || e.nkids != 2) return false;
  const Expr& shape = p.kid(e, 0);
  const Expr& one = p.kid(e, 1);
  return shape.kind == ExprKind::Shape && shape.ref == array && shape.aux == dim && one.kind == ExprKind::Lit &&
         one.value == 1;
}

struct Checker {
  const Program& p;
  const Func& f;
  std::vector<VarId> tid;
  std::vector<std::pair<VarId, int64_t>> static_loops;  // loop var, its exclusive literal upper bound
  // Indices a spatial query hands out (gen/queries.h): true for a hash grid's point ids (below the
  // launch size), false for a mesh face or BVH item (below the fixed size of the arrays they index).
  std::map<VarId, bool> cursors;

  bool is_tid(const Expr& e, int dim) const {
    return dim < static_cast<int>(tid.size()) && e.kind == ExprKind::Var && e.ref == tid[dim];
  }
  bool launch_shaped(const Var& a) const { return f.kernel && a.fixed == 0 && a.ndim == static_cast<int>(tid.size()); }

  // An index that cannot leave axis `dim` of `array` whatever the launch size and data.
  bool safe_index(VarId array, int dim, const Expr& e) const {
    const Var& a = p.vars[array];
    // A tile kernel's array has L[d] * tile[d] >= L[d] elements along a launch axis d, and a lane's
    // axis holds the block's lanes (gen/tiles.h): a[i] (a row, loaded as tiles), a[i, lane].
    if (a.tile[0] != 0 && a.axes[dim] == dim && is_tid(e, dim)) {
      const bool lane = p.tid_lane && dim + 1 == static_cast<int>(tid.size());
      return !lane || a.tile[dim] == kTileBlockDim;
    }
    if (launch_shaped(a) && is_tid(e, dim)) return true;
    if (e.kind == ExprKind::Var && cursors.contains(e.ref))
      return cursors.at(e.ref) ? a.fixed == 0 && a.ndim == 1 : a.fixed > 0;
    if (a.fixed == 1) return e.kind == ExprKind::Lit && e.value == 0;
    if (e.kind == ExprKind::Lit) return a.fixed > 0 && e.value >= 0 && e.value < a.fixed;  // sites[0]
    const std::string_view op = op_text(e);
    if (op == "clamp" && e.nkids == 3 && p.kid(e, 1).kind == ExprKind::Lit && p.kid(e, 1).value == 0 &&
        last_index_of(p, p.kid(e, 2), array, dim))  // wp.clamp(x, 0, a.shape[d] - 1)
      return true;
    if (op == "min" && e.nkids == 2 && last_index_of(p, p.kid(e, 1), array, dim))  // x >= 0 checked below
      return nonnegative(p.kid(e, 0));
    if (op == "%" && e.nkids == 2) {  // x % a.shape[d], x >= 0
      const Expr& m = p.kid(e, 1);
      if (m.kind == ExprKind::Shape && m.ref == array && m.aux == dim) return nonnegative(p.kid(e, 0));
    }
    if (op == "max" && e.nkids == 2 && launch_shaped(a)) {  // wp.max(tid - k, 0) on the launch's axis
      const Expr& x = p.kid(e, 0);
      return op_text(x) == "-" && is_tid(p.kid(x, 0), dim) && p.kid(x, 1).kind == ExprKind::Lit &&
             p.kid(x, 1).value > 0 && p.kid(e, 1).kind == ExprKind::Lit && p.kid(e, 1).value == 0;
    }
    if (e.kind == ExprKind::Var && a.fixed > 0) {  // for k in range(<= fixed): a[k]
      for (const auto& [v, end] : static_loops)
        if (v == e.ref && end <= a.fixed) return true;
      const Role role = p.vars[e.ref].role;  // a parameter or local whose range fits (gen/range.h)
      return role == Role::Param || role == Role::Local || role == Role::LoopVar;
    }
    // An int expression whose value is provably inside a fixed-size array is also allowed by the
    // builder (gen/range.h); this structural check does not follow it and launch_check proves it.
    return a.fixed > 0 && e.kind != ExprKind::Lit && e.kind != ExprKind::Var && !is_tid(e, dim);
  }

  // Thread indices, loop variables over literal ranges starting at >= 0, a helper's index parameter
  // (the contract of helpers: ints in [0, 64]), sums of those with positive literals, and shapes.
  bool nonnegative(const Expr& e) const {
    if (e.kind == ExprKind::Shape) return true;
    if (e.kind == ExprKind::Lit) return e.value >= 0;
    if (e.kind == ExprKind::Var) {
      const Var& v = p.vars[e.ref];
      if (v.role == Role::Tid || (v.role == Role::Param && !f.kernel)) return true;
      // Loop variables and locals: their ranges are the builder's to prove (gen/range.h), and
      // launch_check's to test; this check is about the guard's shape.
      return v.role == Role::LoopVar || v.role == Role::Local || v.role == Role::Param || v.role == Role::Global;
    }
    if (op_text(e) == "+" && e.nkids == 2) return nonnegative(p.kid(e, 0)) && nonnegative(p.kid(e, 1));
    return true;  // other non-negative forms (wp.abs, products of counts) are proven by launch_check
  }

  void check_expr(ExprId id) const {
    if (id == kNoExpr) return;
    const Expr& e = p.exprs[id];
    if (e.kind == ExprKind::Index) {
      for (int d = 0; d < e.nkids; ++d) {
        EXPECT_TRUE(safe_index(e.ref, d, p.kid(e, d)))
            << p.vars[e.ref].name << " axis " << d << " index kind " << static_cast<int>(p.kid(e, d).kind) << " op "
            << op_text(p.kid(e, d)) << " fixed " << int(p.vars[e.ref].fixed) << "\n"
            << text(p);
      }
    }
    for (int i = 0; i < e.nkids; ++i) check_expr(p.kid_id(e, i));
  }

  void run() {
    std::vector<int> loop_indents;
    for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i) {
      const Stmt& s = p.stmts[i];
      while (!loop_indents.empty() && loop_indents.back() >= s.indent) {
        loop_indents.pop_back();
        static_loops.pop_back();
      }
      if (s.kind == StmtKind::Tid)
        for (int d = 0; d < s.op; ++d) tid.push_back(static_cast<VarId>(s.var + d));
      // i = wp.hash_grid_point_id(grid, tid): a permutation of the thread indices, the thread's own from here.
      if (s.kind == StmtKind::Assign && p.exprs[s.e1].kind == ExprKind::Query &&
          query_calls()[p.exprs[s.e1].ref].name == "hash_grid_point_id")
        tid[0] = p.exprs[s.e0].ref;
      if (s.kind == StmtKind::While && p.exprs[s.e0].kind == ExprKind::Query)
        cursors[p.kid(p.exprs[s.e0], 1).ref] = query_calls()[p.exprs[s.e0].ref].name == "hash_grid_query_next";
      if (s.kind == StmtKind::ForIn) cursors[s.var] = true;
      if (s.kind == StmtKind::For) {
        const bool literal = p.exprs[s.e0].kind == ExprKind::Lit &&
                             (s.e1 == kNoExpr || p.exprs[s.e1].kind == ExprKind::Lit) && s.e2 == kNoExpr;
        const ExprId stop = s.e1 == kNoExpr ? s.e0 : s.e1;
        static_loops.emplace_back(s.var, literal ? p.exprs[stop].value : INT64_MAX);
        loop_indents.push_back(s.indent);
      }
      for (ExprId e : {s.e0, s.e1, s.e2}) check_expr(e);
      // Races: a plain store writes the element the thread owns, and nothing else does.
      const bool plain_store = s.kind == StmtKind::Assign && p.exprs[s.e0].kind == ExprKind::Index;
      if (plain_store) {
        const Expr& target = p.exprs[s.e0];
        EXPECT_TRUE(launch_shaped(p.vars[target.ref])) << "plain store to shared " << p.vars[target.ref].name;
        for (int d = 0; d < target.nkids; ++d) EXPECT_TRUE(is_tid(p.kid(target, d), d));
        EXPECT_TRUE(loop_indents.empty()) << "a store repeated by a loop overwrites itself";
      }
      if (s.kind == StmtKind::Atomic && s.op == 4) {  // atomic_exch keeps whichever thread came last
        EXPECT_TRUE(launch_shaped(p.vars[p.exprs[s.e0].ref]));
      }
      // atomic_min/max among other threads' adds depend on the order they land in: own elements only.
      if (s.kind == StmtKind::Atomic && (s.op == 2 || s.op == 3)) {
        EXPECT_TRUE(launch_shaped(p.vars[p.exprs[s.e0].ref])) << "shared atomic min/max\n" << text(p);
      }
      if (s.kind == StmtKind::Atomic && s.op == 8) check_claim(i);
      // Bitwise atomics: on the thread's own int32, or ORs of bits into a status word nothing else writes.
      if (s.kind == StmtKind::Atomic && s.op >= 5 && s.op <= 7) {
        const VarId a = p.exprs[s.e0].ref;
        EXPECT_TRUE(launch_shaped(p.vars[a]) || (s.op == 6 && only_ors(a))) << text(p);
      }
    }
  }

  // How often the statements of f refer to variable v (as an array indexed, or a value read).
  int uses(VarId v) const {
    int n = 0;
    const std::function<void(ExprId)> walk = [&](ExprId id) {
      if (id == kNoExpr) return;
      const Expr& e = p.exprs[id];
      n += (e.kind == ExprKind::Index || e.kind == ExprKind::Var) && e.ref == v;
      for (int k = 0; k < e.nkids; ++k) walk(p.kid_id(e, k));
    };
    for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i)
      for (ExprId e : {p.stmts[i].e0, p.stmts[i].e1, p.stmts[i].e2}) walk(e);
    return n;
  }

  // Every statement that writes array a is an atomic_or.
  bool only_ors(VarId a) const {
    for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i) {
      const Stmt& s = p.stmts[i];
      const bool writes = (s.kind == StmtKind::Atomic || s.kind == StmtKind::Assign || s.kind == StmtKind::AugAssign) &&
                          p.exprs[s.e0].kind == ExprKind::Index && p.exprs[s.e0].ref == a;
      if (writes && !(s.kind == StmtKind::Atomic && s.op == 6)) return false;
    }
    return true;
  }

  // prev = wp.atomic_cas(flags, c, 0, 1): which thread reads 0 depends on the order the claims land
  // in, so prev is read only by the `if prev == 0:` right after it, and nothing else touches flags.
  void check_claim(uint32_t i) const {
    const Stmt& s = p.stmts[i];
    EXPECT_EQ(uses(p.exprs[s.e0].ref), 1) << "the claimed flags are accessed elsewhere\n" << text(p);
    EXPECT_EQ(uses(s.var), 1) << "the claim's result is read elsewhere\n" << text(p);
    ASSERT_LT(i + 1, f.stmt_end);
    const Stmt& test = p.stmts[i + 1];
    EXPECT_EQ(test.kind, StmtKind::If);
    EXPECT_EQ(op_text(p.exprs[test.e0]), "==");
    EXPECT_EQ(p.kid(p.exprs[test.e0], 0).ref, s.var);
  }
};

TEST(GenSafety, IndicesInBoundsAndStoresRaceFree) {
  testing::for_each_program(150, [](const Program& p, std::string_view preset) {
    SCOPED_TRACE(std::string(preset));
    for (const Func& f : p.funcs) Checker{p, f, {}, {}, {}}.run();
  });
}

TEST(GenSafety, EveryLocalIsReadAndEveryOutputElementStoredOnce) {
  testing::for_each_program(150, [](const Program& p, std::string_view preset) {
    std::vector<int> reads(p.vars.size(), 0), writes(p.vars.size(), 0), plain_stores(p.vars.size(), 0);
    std::function<void(ExprId)> count = [&](ExprId id) {
      if (id == kNoExpr) return;
      const Expr& e = p.exprs[id];
      if (e.kind == ExprKind::Var || e.kind == ExprKind::Index || e.kind == ExprKind::Shape) ++reads[e.ref];
      for (int i = 0; i < e.nkids; ++i) count(p.kid_id(e, i));
    };
    for (const Stmt& s : p.stmts) {
      const bool assigns = s.kind == StmtKind::Assign || s.kind == StmtKind::AugAssign;
      const Expr* root = s.e0 == kNoExpr ? nullptr : &p.exprs[s.e0];
      // The variable an assignment writes: v, v[1], v.x, rec.pos (component indices are reads).
      while (assigns && (root->kind == ExprKind::Component || root->kind == ExprKind::Field)) {
        for (int i = 1; i < root->nkids; ++i) count(p.kid_id(*root, i));
        root = &p.kid(*root, 0);
      }
      if (assigns && root->kind == ExprKind::Var) {
        ++writes[root->ref];
      } else {
        count(s.e0);
        if (s.kind == StmtKind::Assign && root->kind == ExprKind::Index) ++plain_stores[root->ref];
      }
      count(s.e1);
      count(s.e2);
    }
    for (size_t v = 0; v < p.vars.size(); ++v) {
      const Var& var = p.vars[v];
      if ((var.role == Role::Local || var.role == Role::Rng) && writes[v] > 0) {
        EXPECT_GT(reads[v], 0) << preset << ": local " << var.name << " is never read";
      }
      if (var.role == Role::Output) {
        EXPECT_LE(plain_stores[v], 1) << preset << ": " << var.name << " stored twice";
      }
    }
  });
}

// wp.printf announces an early return (the next statement, at its indent, is the `return`), with one
// conversion per argument and an int conversion exactly for an int argument; wp.expect_eq compares the
// same axis of two arrays the launch contract gives the launch's shape, so it holds on every launch.
TEST(GenSafety, PrintfAnnouncesAReturnAndExpectEqHoldsUnderTheContract) {
  int printfs = 0, expects = 0;
  testing::for_each_program(150, [&](const Program& p, std::string_view preset) {
    SCOPED_TRACE(std::string(preset));
    const Func& k = p.funcs.back();
    size_t ntid = 0;
    for (uint32_t i = k.stmt_begin; i < k.stmt_end; ++i) {
      const Stmt& s = p.stmts[i];
      if (s.kind == StmtKind::Tid) ntid = s.op;
      if (s.kind == StmtKind::Expect) {
        ++expects;
        const Expr& a = p.exprs[s.e0];
        const Expr& b = p.exprs[s.e1];
        ASSERT_EQ(a.kind, ExprKind::Shape);
        ASSERT_EQ(b.kind, ExprKind::Shape);
        EXPECT_NE(a.ref, b.ref);
        EXPECT_EQ(a.aux, b.aux);
        for (const Expr* e : {&a, &b}) {
          EXPECT_EQ(p.vars[e->ref].fixed, 0) << text(p);
          EXPECT_EQ(p.vars[e->ref].ndim, ntid) << text(p);
        }
      }
      if (s.kind == StmtKind::Printf) {
        ++printfs;
        ASSERT_LT(i + 1, k.stmt_end);
        EXPECT_EQ(p.stmts[i + 1].kind, StmtKind::Return) << text(p);
        EXPECT_EQ(p.stmts[i + 1].indent, s.indent);
      }
    }
    const std::string t = text(p);
    for (size_t at = t.find("wp.printf(\""); at != std::string::npos; at = t.find("wp.printf(\"", at + 1)) {
      const size_t begin = at + 11, end = t.find('"', begin);
      const std::string fmt = t.substr(begin, end - begin);
      const std::string args = t.substr(end + 1, t.find(")\n", end) - end - 1);  // ", i, x"
      EXPECT_EQ(std::count(fmt.begin(), fmt.end(), '%'), std::count(args.begin(), args.end(), ',')) << fmt << args;
      const size_t value = fmt.find(" = %");
      if (value == std::string::npos) continue;
      const std::string name = fmt.substr(fmt.rfind(' ', value - 1) + 1, value - fmt.rfind(' ', value - 1) - 1);
      const auto var = std::find_if(p.vars.begin(), p.vars.end(), [&](const Var& v) { return v.name == name; });
      ASSERT_NE(var, p.vars.end()) << fmt;
      EXPECT_EQ(fmt[value + 4] == 'd', var->type == kInt32) << fmt;
    }
  });
  EXPECT_GT(printfs, 0);
  EXPECT_GT(expects, 0);
}

TEST(GenSafety, LaunchContractDescribesEveryParameter) {
  for (uint64_t i = 0; i < 300; ++i) {
    const GeneratedKernel k = generate(preset_names()[i % preset_names().size()], 77, i);
    const nlohmann::json c = nlohmann::json::parse(k.launch);
    ASSERT_TRUE(c["ndim"].is_number_integer()) << k.launch;
    EXPECT_EQ(c["float_range"], nlohmann::json::parse("[-1.0, 1.0]"));
    EXPECT_EQ(c["int_range"], nlohmann::json::parse("[0, 8]"));
    // The kernel's signature: every parameter appears once, arrays under "arrays", values under "scalars".
    const std::string sig = k.python.substr(k.python.find("def " + k.kernel_name + "("));
    const std::string params = sig.substr(sig.find('(') + 1, sig.find("):") - sig.find('(') - 1);
    size_t n = 0;
    for (size_t pos = 0; pos < params.size(); ++n) {  // "name: type, name: type" (no type has ", ")
      const size_t colon = params.find(": ", pos);
      const size_t end = std::min(params.find(", ", colon), params.size());
      const std::string name = params.substr(pos, colon - pos);
      const bool array = params.compare(colon + 2, 8, "wp.array") == 0;
      // A wp.uint64 id of a mesh, hash grid or BVH: "queries" says how to build it (gen/queries.h).
      const bool id = c.contains("queries") && c["queries"].contains(name);
      EXPECT_EQ(c[array ? "arrays"
                  : id  ? "queries"
                        : "scalars"]
                    .count(name),
                1u)
          << name << " in " << k.launch << "\n"
          << k.python;
      pos = end + 2;
    }
    EXPECT_EQ(n, c["arrays"].size() + c["scalars"].size() + c.value("queries", nlohmann::json::object()).size())
        << k.launch;
  }
}

// Python rejects a signature that names a parameter twice (a struct array and an idiom's input were
// both called `samples`: geometry kernel 51 of seed 9).
TEST(GenSafety, ParameterNamesAreDistinct) {
  for (const std::string& preset : preset_names()) {
    for (uint64_t i = 0; i < 400; ++i) {
      const GeneratedKernel k = generate(preset, 9, i);
      const std::string sig = k.python.substr(k.python.find("def " + k.kernel_name + "("));
      const std::string params = sig.substr(sig.find('(') + 1, sig.find("):") - sig.find('(') - 1);
      std::set<std::string> names;
      for (size_t pos = 0; pos < params.size();) {
        const size_t colon = params.find(": ", pos);
        ASSERT_NE(colon, std::string::npos) << params;
        EXPECT_TRUE(names.insert(params.substr(pos, colon - pos)).second)
            << preset << " kernel " << i << " of seed 9 names " << params.substr(pos, colon - pos) << " twice:\n"
            << k.python;
        pos = std::min(params.find(", ", colon), params.size()) + 2;
      }
    }
  }
}

}  // namespace
}  // namespace ws::gen
