// Tile kernels (gen/tiles.h) checked on the programs the printer sees: every tile a block loads or
// stores is a whole tile of its array at the block's own offset (so, under the contract's shapes,
// inside the array and owned by that block alone), every output is written once, every tile local is
// read, and every value is bounded. Whether real Warp agrees is the reference tests' part
// (launch_check_tiles; the native-vs-Warp oracle in generate/diff).
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <vector>

#include "gen/generator.h"
#include "gen/tiles.h"
#include "gen_test_util.h"

namespace ws::gen {
namespace {

const Expr& kid(const Program& p, const Expr& e, int i) {
  return p.kid(e, i);
}

// `tid[axis] * <the tile's extent d>`: the extent spelled as the module constant or the literal.
bool block_offset(const Program& p, const Expr& e, VarId tid, uint16_t extent) {
  if (e.kind != ExprKind::Op || ops()[e.ref].text != "*" || e.nkids != 2) return false;
  const Expr& a = kid(p, e, 0);
  const Expr& b = kid(p, e, 1);
  const bool size = (b.kind == ExprKind::Lit && b.value == extent) ||
                    (b.kind == ExprKind::Var && p.vars[b.ref].role == Role::Global &&
                     std::any_of(p.globals.begin(), p.globals.end(),
                                 [&](const auto& g) { return g.first == b.ref && p.exprs[g.second].value == extent; }));
  return a.kind == ExprKind::Var && a.ref == tid && size;
}

// The tid variables of the kernel, and whether the last is the lane.
std::vector<VarId> tids(const Program& p) {
  const Func& k = p.funcs.back();
  for (uint32_t i = k.stmt_begin; i < k.stmt_end; ++i)
    if (p.stmts[i].kind == StmtKind::Tid) {
      std::vector<VarId> out;
      for (int d = 0; d < p.stmts[i].op; ++d) out.push_back(static_cast<VarId>(p.stmts[i].var + d));
      return out;
    }
  return {};
}

// The loop count of `for j in range(...)`: a literal or a module constant's.
int64_t trips(const Program& p, VarId j) {
  for (const Stmt& s : p.stmts)
    if (s.kind == StmtKind::For && s.var == j) {
      const Expr& stop = p.exprs[s.e0];
      if (stop.kind == ExprKind::Lit) return stop.value;
      return p
          .exprs[std::find_if(p.globals.begin(), p.globals.end(), [&](const auto& g) { return g.first == stop.ref; })
                     ->second]
          .value;
    }
  return 0;
}

// The offsets of a tile of `array` of `extent`: along each axis, the block's index times the tile's
// extent (the launch axis the contract's axes name); beyond the launch's axes (a row block's columns), 0,
// or, when the array holds several tiles there (a GEMM's K), the loop index times the extent.
::testing::AssertionResult owned(const Program& p, const std::vector<ExprId>& offsets, VarId array,
                                 std::array<uint16_t, 2> extent) {
  const Var& a = p.vars[array];
  const std::vector<VarId> t = tids(p);
  const size_t launch = t.size() - (p.tid_lane ? 1 : 0);
  if (offsets.size() != a.ndim) return ::testing::AssertionFailure() << a.name << ": offset count";
  for (int d = 0; d < a.ndim; ++d) {
    const Expr& off = p.exprs[offsets[d]];
    const size_t axis = a.axes[d];
    if (axis < launch) {
      if (extent[d] != a.tile[d] || !block_offset(p, off, t[axis], a.tile[d]))
        return ::testing::AssertionFailure() << a.name << " axis " << d;
    } else if (off.kind == ExprKind::Op && off.nkids == 2 && kid(p, off, 0).kind == ExprKind::Var &&
               p.vars[kid(p, off, 0).ref].role == Role::LoopVar) {
      const VarId j = kid(p, off, 0).ref;
      if (!block_offset(p, off, j, extent[d]) || trips(p, j) * extent[d] != a.tile[d])
        return ::testing::AssertionFailure() << a.name << " axis " << d << " loop";
    } else if (!(off.kind == ExprKind::Lit && off.value == 0 && extent[d] == a.tile[d])) {
      return ::testing::AssertionFailure() << a.name << " axis " << d << " beyond the launch";
    }
  }
  return ::testing::AssertionSuccess();
}

TEST(TileKernels, WholeTilesAtTheBlocksOwnOffsetOutputsWrittenOnceLocalsRead) {
  Workspace ws;
  const Preset* preset = find_preset("tiles");
  ASSERT_NE(preset, nullptr);
  int lanes = 0, grids = 0, loops = 0, shared = 0, gemms = 0;
  for (uint64_t i = 0; i < 400; ++i) {
    Rng rng(4321, i);
    Policy policy;
    preset->configure(policy, rng);
    build_module(ws, rng, policy, "k");
    const Program& p = ws.prog;
    ASSERT_TRUE(p.tiled);
    const Func& k = p.funcs.back();
    const std::vector<VarId> t = tids(p);
    lanes += p.tid_lane;
    loops += std::any_of(p.stmts.begin() + k.stmt_begin, p.stmts.begin() + k.stmt_end,
                         [](const Stmt& st) { return st.kind == StmtKind::For; });
    grids += !p.tid_lane && t.size() == 2;
    std::vector<int> writes(p.vars.size(), 0), reads(p.vars.size(), 0);
    for (uint32_t s = k.stmt_begin; s < k.stmt_end; ++s) {
      const Stmt& st = p.stmts[s];
      if (st.kind == StmtKind::TileStore && st.op == 2) {  // wp.tile_sort(t, order): two tile locals
        EXPECT_EQ(p.vars[st.var].role, Role::Local);
        EXPECT_EQ(p.vars[st.var].tile, p.vars[p.exprs[st.e0].ref].tile);
      } else if (st.kind == StmtKind::TileStore && st.op == 3) {  // wp.tile_axpy(alpha, t, acc): acc a local
        EXPECT_EQ(p.vars[st.var].role, Role::Local);
        EXPECT_EQ(p.exprs[st.e1].type, kFloat32);
      } else if (st.kind == StmtKind::TileStore) {
        ++writes[st.var];
        // A stored tile has the array's tile shape; a reduction goes to a launch-shaped 1-D array at i.
        const Var& a = p.vars[st.var];
        const Expr& tile = p.exprs[st.e0];
        const TileValue v = tile.kind == ExprKind::Tile ? TileValue::unpack(tile.value) : TileValue{};
        const std::array<uint16_t, 2> shape =
            tile.kind == ExprKind::Var ? p.vars[tile.ref].tile : std::array<uint16_t, 2>{v.rows, v.cols};
        if (st.op == 1) {  // wp.tile_atomic_add(total, s): a one-element sum into a shared accumulator
          EXPECT_EQ(shape, (std::array<uint16_t, 2>{1, 0})) << a.name;
          EXPECT_EQ(a.fixed, 1) << a.name;
          EXPECT_EQ(st.e1, kNoExpr);
          ++shared;
        } else if (a.tile[0] == 0) {
          EXPECT_EQ(a.fixed, 0) << a.name;  // a shared array is only updated atomically
          EXPECT_EQ(shape, (std::array<uint16_t, 2>{1, 0})) << a.name;
          EXPECT_TRUE(p.exprs[st.e1].kind == ExprKind::Var && p.exprs[st.e1].ref == t[0]) << a.name;
        } else {
          EXPECT_EQ(shape, a.tile) << a.name;
          std::vector<ExprId> offsets{st.e1};
          if (st.e2 != kNoExpr) offsets.push_back(st.e2);
          EXPECT_TRUE(owned(p, offsets, st.var, a.tile));
        }
      }
      if (st.kind == StmtKind::Assign && p.exprs[st.e0].kind == ExprKind::Index) {
        // A lane's own element: out[i, lane].
        const Expr& target = p.exprs[st.e0];
        ++writes[target.ref];
        ASSERT_EQ(target.nkids, 2);
        EXPECT_TRUE(p.tid_lane && kid(p, target, 0).ref == t[0] && kid(p, target, 1).ref == t[1]);
      }
    }
    // The kernel's expression trees (the arena also holds subtrees the helper builder discarded).
    std::vector<ExprId> todo;
    for (uint32_t s = k.stmt_begin; s < k.stmt_end; ++s)
      for (ExprId e : {p.stmts[s].e0, p.stmts[s].e1, p.stmts[s].e2})
        if (e != kNoExpr) todo.push_back(e);
    while (!todo.empty()) {
      const Expr& e = p.exprs[todo.back()];
      todo.pop_back();
      for (int c = 0; c < e.nkids; ++c) todo.push_back(p.kid_id(e, c));
      if (e.kind == ExprKind::Var) ++reads[e.ref];
      if (e.kind == ExprKind::Tile && tile_ops()[e.ref].kind == TileKind::Load) {
        const Var& a = p.vars[kid(p, e, 0).ref];
        const TileValue v = TileValue::unpack(e.value);
        if (kid(p, e, 0).kind == ExprKind::Index) {
          // wp.tile_load(a[i], shape=TILE, offset=j * TILE) in `for j in range(K)`: the block's own row,
          // and K tiles of TILE make the row.
          EXPECT_EQ(a.tile[0], 1) << a.name;
          EXPECT_EQ(kid(p, kid(p, e, 0), 0).ref, t[0]) << a.name;
          const Expr& off = kid(p, e, 2);
          ASSERT_EQ(off.kind, ExprKind::Op);
          const VarId j = kid(p, off, 0).ref;
          EXPECT_EQ(p.vars[j].role, Role::LoopVar);
          EXPECT_TRUE(block_offset(p, off, j, v.rows)) << a.name;
          EXPECT_EQ(trips(p, j) * v.rows, a.tile[1]) << a.name;
        } else if (e.nkids == 1 + a.ndim) {
          // no offset: the whole of a 1-D array that spans no launch axis (a bias row all blocks read)
          EXPECT_EQ(a.ndim, 1) << a.name;
          EXPECT_GE(a.axes[0], 2) << a.name;
          EXPECT_EQ(v.rows, a.tile[0]) << a.name;
        } else {
          std::vector<ExprId> offsets;
          for (int d = 0; d < a.ndim; ++d) offsets.push_back(p.kid_id(e, 1 + a.ndim + d));
          EXPECT_TRUE(owned(p, offsets, kid(p, e, 0).ref, {v.rows, v.cols}));
        }
      }
      if (e.kind == ExprKind::Tile && tile_ops()[e.ref].kind == TileKind::Matmul) {
        // (M x K) (K x N), (M, K, N) one of the fixed GEMM shapes (each a set of LTOs Warp compiles)
        const TileValue c = TileValue::unpack(e.value), a = TileValue::unpack(kid(p, e, 0).value),
                        b = TileValue::unpack(kid(p, e, 1).value);
        ASSERT_TRUE(kid(p, e, 0).kind == ExprKind::Tile || kid(p, e, 0).kind == ExprKind::Var);
        const auto shape_of = [&](const Expr& x, TileValue v) {
          return x.kind == ExprKind::Var ? p.vars[x.ref].tile : std::array<uint16_t, 2>{v.rows, v.cols};
        };
        const auto sa = shape_of(kid(p, e, 0), a), sb = shape_of(kid(p, e, 1), b);
        // ...or a solve kernel's S S, of the fixed side kSolveSize
        const std::array<uint16_t, 2> solve{kSolveSize, kSolveSize};
        EXPECT_TRUE(std::any_of(std::begin(kGemmShapes), std::end(kGemmShapes),
                                [&](const GemmShape& g) {
                                  return sa == std::array<uint16_t, 2>{g.m, g.k} &&
                                         sb == std::array<uint16_t, 2>{g.k, g.n} && c.rows == g.m && c.cols == g.n;
                                }) ||
                    (sa == solve && sb == solve && c.rows == kSolveSize && c.cols == kSolveSize))
            << sa[0] << "x" << sa[1] << " " << sb[0] << "x" << sb[1];
        ++gemms;
      }
      if (e.kind == ExprKind::Tile || e.type == kFloat32) {  // finite, and far inside float32 (the largest:
        EXPECT_TRUE(e.range.ok());                           // the power of a 1024-point FFT, 8 N^2)
        EXPECT_LE(e.range.mag(), 1e7);
      }
    }
    for (VarId v : k.params)
      if (p.vars[v].role == Role::Output) {
        EXPECT_EQ(writes[v], 1) << p.vars[v].name;
      }
    for (uint32_t s = k.stmt_begin; s < k.stmt_end; ++s)
      if (p.stmts[s].kind == StmtKind::Assign && p.exprs[p.stmts[s].e0].kind == ExprKind::Var) {
        const VarId v = p.exprs[p.stmts[s].e0].ref;  // a kernel local: its assignment's target and a read
        EXPECT_GE(reads[v], 2) << p.vars[v].name << " is never read";
      }
  }
  EXPECT_GT(lanes, 40);
  EXPECT_GT(grids, 40);
  EXPECT_GT(loops, 40);
  EXPECT_GT(shared, 20);
  EXPECT_GT(gemms, 20);
}

// What a tiles record promises its user: launch_tiled with the module's block_dim, and each tile
// array's shape per launch index.
TEST(TileKernels, ContractGivesTheTiledLaunchAndTileShapes) {
  for (uint64_t i = 0; i < 100; ++i) {
    const GeneratedKernel k = generate("tiles", 17, i);
    EXPECT_NE(k.launch.find("\"block_dim\": 256"), std::string::npos) << k.launch;
    std::smatch m;
    const std::regex load(R"(wp\.tile_load\((\w+), shape=)");
    for (auto it = std::sregex_iterator(k.python.begin(), k.python.end(), load); it != std::sregex_iterator(); ++it) {
      EXPECT_NE(k.launch.find("\"" + (*it)[1].str() + "\": {\"tile\": ["), std::string::npos) << (*it)[1] << "\n"
                                                                                              << k.python << k.launch;
    }
  }
  // Other presets' contracts are unchanged.
  EXPECT_EQ(generate("arithmetic", 17, 0).launch.find("block_dim"), std::string::npos);
}

}  // namespace
}  // namespace ws::gen
