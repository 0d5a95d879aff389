// The spatial-query kernels (gen/queries.h) checked on the program trees the generator builds, by
// rules written from the shape of the code: every field of a closest-point or ray query is read under
// `if q.result:` of that query; every index a query hands out (a hash grid neighbour, a mesh face, a
// BVH item) indexes only arrays the contract sizes for it; the thread's own element after
// wp.hash_grid_point_id is the point id; the contract says how to build every id parameter; and the
// `random` preset writes each query builtin in at least 1% of its kernels.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "gen/collect.h"
#include "gen/generator.h"
#include "gen/printer.h"
#include "gen/queries.h"
#include "gen_test_util.h"
#include "types/query.h"

namespace ws::gen {
namespace {

std::string text(const Program& p) {
  std::string out;
  print_module(p, reachable_helpers(p), {}, out);
  return out;
}

std::string_view call_name(const Expr& e) {
  return e.kind == ExprKind::Query ? query_calls()[e.ref].name : std::string_view{};
}

void walk(const Program& p, ExprId id, const std::function<void(const Expr&)>& f) {
  if (id == kNoExpr) return;
  const Expr& e = p.exprs[id];
  f(e);
  for (int i = 0; i < e.nkids; ++i) walk(p, p.kid_id(e, i), f);
}

void check_kernel(const Program& p) {
  const Func& k = p.funcs.back();
  std::map<VarId, std::string_view> cursor;    // index var -> what fills it
  std::vector<std::pair<VarId, int>> guarded;  // query objects whose result the open ifs test, and their indent
  std::set<VarId> own;                         // the thread's own index (tid, or its hash grid point id)
  for (uint32_t i = k.stmt_begin; i < k.stmt_end; ++i) {
    const Stmt& s = p.stmts[i];
    while (!guarded.empty() && guarded.back().second >= s.indent) guarded.pop_back();
    if (s.kind == StmtKind::Tid) own.insert(s.var);
    if (s.kind == StmtKind::Assign && p.exprs[s.e0].kind == ExprKind::Var &&
        call_name(p.exprs[s.e1]) == "hash_grid_point_id") {
      // hash_grid_point_id(grid, tid) is a permutation of the thread indices: the thread owns it.
      EXPECT_EQ(p.vars[p.exprs[s.e0].ref].role, Role::Tid);
      EXPECT_TRUE(own.contains(p.kid(p.exprs[s.e1], 1).ref)) << text(p);
      own.insert(p.exprs[s.e0].ref);
    }
    if (s.kind == StmtKind::While) {
      const Expr& c = p.exprs[s.e0];
      if (c.kind == ExprKind::Query) cursor[p.kid(c, 1).ref] = call_name(c);
    }
    if (s.kind == StmtKind::ForIn) {
      EXPECT_EQ(p.vars[p.exprs[s.e0].ref].query, types::Query::HashGrid);
      cursor[s.var] = "hash_grid_query_next";
    }
    if (s.kind == StmtKind::If) {
      const Expr& c = p.exprs[s.e0];
      if (c.kind == ExprKind::QueryField && types::query_fields(p.vars[p.kid(c, 0).ref].query)[c.ref].name == "result")
        guarded.emplace_back(p.kid(c, 0).ref, s.indent);
    }
    for (ExprId e : {s.e0, s.e1, s.e2})
      walk(p, e, [&](const Expr& x) {
        if (x.kind == ExprKind::QueryField) {
          const Var& q = p.vars[p.kid(x, 0).ref];
          const bool result_kind = q.query == types::Query::MeshPoint || q.query == types::Query::MeshRay;
          if (result_kind && types::query_fields(q.query)[x.ref].name != "result") {
            bool under = false;
            for (const auto& [v, indent] : guarded) under = under || v == p.kid(x, 0).ref;
            EXPECT_TRUE(under) << q.name << "." << types::query_fields(q.query)[x.ref].name << " unguarded\n"
                               << text(p);
          }
        }
        if (x.kind == ExprKind::Index && x.nkids == 1 && p.kid(x, 0).kind == ExprKind::Var) {
          const VarId index = p.kid(x, 0).ref;
          const Var& a = p.vars[x.ref];
          if (!cursor.contains(index)) return;
          const std::string_view from = cursor[index];
          if (from == "hash_grid_query_next") {
            EXPECT_TRUE(a.fixed == 0 && a.ndim == 1) << a.name << "[" << p.vars[index].name << "]\n" << text(p);
          } else if (from == "mesh_query_aabb_next") {
            EXPECT_EQ(a.fixed, kMeshFaces) << text(p);
          } else {
            EXPECT_EQ(from, "bvh_query_next");
            EXPECT_EQ(a.fixed, kBvhItems) << text(p);
          }
        }
        // Launch-shaped arrays are read at the thread's own index or a hash grid neighbour's.
        if (x.kind == ExprKind::Index && p.vars[x.ref].fixed == 0 && p.kid(x, 0).kind == ExprKind::Var &&
            p.vars[p.kid(x, 0).ref].role == Role::Tid) {
          EXPECT_TRUE(own.contains(p.kid(x, 0).ref)) << text(p);
        }
      });
  }
  // Every cursor is read by a query's loop only (it is never in scope for other statements).
  for (const auto& [v, from] : cursor) EXPECT_EQ(p.vars[v].role, Role::LoopVar) << from;
  // Every iterated query (hash grid, mesh box, BVH) is walked by its loop: no query left unread.
  std::set<VarId> iterated, walked;
  for (uint32_t i = k.stmt_begin; i < k.stmt_end; ++i) {
    const Stmt& s = p.stmts[i];
    if (s.kind == StmtKind::Assign && p.exprs[s.e0].kind == ExprKind::Var &&
        p.vars[p.exprs[s.e0].ref].role == Role::Query) {
      const types::Query q = p.vars[p.exprs[s.e0].ref].query;
      if (q == types::Query::HashGrid || q == types::Query::MeshAabb || q == types::Query::BvhAabb ||
          q == types::Query::BvhRay || q == types::Query::BvhSphere)
        iterated.insert(p.exprs[s.e0].ref);
    }
    if (s.kind == StmtKind::ForIn) walked.insert(p.exprs[s.e0].ref);
    if (s.kind == StmtKind::While && p.exprs[s.e0].kind == ExprKind::Query) walked.insert(p.kid(p.exprs[s.e0], 0).ref);
  }
  EXPECT_EQ(iterated, walked) << text(p);
}

TEST(GenQueries, ResultsGuardedAndIndicesInBounds) {
  int queries = 0;
  testing::for_each_program(200, [&](const Program& p, std::string_view preset) {
    SCOPED_TRACE(std::string(preset));
    bool any = false;
    for (const Expr& e : p.exprs) any = any || e.kind == ExprKind::Query;
    if (!any) return;
    ++queries;
    check_kernel(p);
  });
  EXPECT_GT(queries, 200);  // every `queries` kernel, and some `random` ones
}

// The contract names every wp.uint64 id parameter under "queries", with what to build it from.
TEST(GenQueries, ContractSaysHowToBuildEveryId) {
  std::set<std::string> types;
  for (uint64_t i = 0; i < 300; ++i) {
    const GeneratedKernel k = generate("queries", 31, i);
    const nlohmann::json c = nlohmann::json::parse(k.launch);
    ASSERT_TRUE(c.contains("queries")) << k.python;
    for (const auto& [name, spec] : c["queries"].items()) {
      EXPECT_NE(k.python.find(name + ": wp.uint64"), std::string::npos) << name << "\n" << k.python;
      EXPECT_FALSE(c["scalars"].contains(name));
      const std::string type = spec["type"];
      types.insert(type);
      if (type == "mesh") {
        EXPECT_EQ(spec["cells"], kMeshCells);
      }
      if (type == "bvh") {
        EXPECT_EQ(spec["items"], kBvhItems);
      }
      if (type == "hash_grid") {
        EXPECT_EQ(spec["dims"], kGridDim);
        EXPECT_EQ(spec["cell_width"], 1.0);  // radius <= 1 spans at most 3 cells per axis (gen/queries.h)
        EXPECT_EQ(c["arrays"][spec["points"].get<std::string>()], "launch") << k.launch;
      }
    }
  }
  EXPECT_EQ(types, (std::set<std::string>{"mesh", "hash_grid", "bvh"}));
}

// Each query builtin in at least 1% of `random` kernels, and queries in a minority of them.
TEST(GenQueries, RandomKernelsWriteEveryQuery) {
  constexpr int kCount = 4000;
  std::map<std::string, int> with;
  int any = 0;
  for (uint64_t i = 0; i < kCount; ++i) {
    const GeneratedKernel k = generate("random", 5, i);
    bool query = false;
    for (const QueryCall& c : query_calls()) {
      if (k.python.find("wp." + std::string(c.name) + "(") != std::string::npos) ++with[std::string(c.name)];
      query = query || k.python.find("wp." + std::string(c.name) + "(") != std::string::npos;
    }
    any += query;
  }
  for (const QueryCall& c : query_calls())
    // the signed-by-ray-parity form and the sphere query, which real code rarely writes (one of Warp's
    // 170 example kernels queries a BVH by sphere), drawn less often
    if (c.name != "mesh_query_point" && c.name != "bvh_query_sphere") {
      EXPECT_GE(with[std::string(c.name)], kCount / 100) << c.name << ": " << with[std::string(c.name)];
    }
  EXPECT_LT(any, kCount / 4);
}

}  // namespace
}  // namespace ws::gen
