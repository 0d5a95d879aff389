#include <gtest/gtest.h>

#include <algorithm>

#include "gen/expr.h"
#include "gen/ops.h"
#include "gen/queries.h"
#include "gen/tiles.h"
#include "gen_test_util.h"
#include "lang/class_constants.h"
#include "types/query.h"

namespace ws::gen {
namespace {

// Does some instantiation of row `e.ref` give exactly e's operand and result types?
bool op_types_match(const Program& p, const Expr& e) {
  for (const Producer& pr : producers(e.type)) {
    if (pr.op != e.ref) continue;
    const Op& op = ops()[pr.op];
    bool ok = arity(op) == e.nkids;
    for (int a = 0; ok && a < e.nkids; ++a) {
      const Expr& k = p.kid(e, a);
      ok = op.args[a] == Pat::Rng ? k.kind == ExprKind::Var && p.vars[k.ref].role == Role::Rng
                                  : k.type == resolve(op.args[a], pr.t);
    }
    if (ok) return true;
  }
  return false;
}

// The shape of a tile-valued expression (a read of a tile local, or a tile builtin), {0, 0} otherwise.
std::array<uint16_t, 2> tile_shape(const Program& p, const Expr& e) {
  if (e.kind == ExprKind::Var) return p.vars[e.ref].ndim == 0 ? p.vars[e.ref].tile : std::array<uint16_t, 2>{};
  if (e.kind != ExprKind::Tile) return {};
  const TileValue v = TileValue::unpack(e.value);
  return {v.rows, v.cols};
}

// tile_shape's rules of Warp's tile builtins: elementwise operands and maps of one shape, tile_load
// of a whole tile of an array with as many dimensions, reductions to one element or along axis 1,
// tile_transpose of a 2-D tile.
bool well_typed_tile(const Program& p, const Expr& e) {
  const std::array<uint16_t, 2> shape = tile_shape(p, e);
  const TileKind kind = tile_ops()[e.ref].kind;
  auto kid_shape = [&](int i) { return tile_shape(p, p.kid(e, i)); };
  if (kind == TileKind::BlockDim) return e.type == kInt32 && e.nkids == 0;  // wp.block_dim()
  if (kind == TileKind::Argmax || kind == TileKind::Argmin)                 // an int32 index, one element
    return e.type == kInt32 && e.nkids == 1 && kid_shape(0)[0] != 0 && shape == std::array<uint16_t, 2>{1, 0};
  if (kind == TileKind::Arange && e.type == kInt32) return shape[1] == 0 && e.nkids == 1;  // dtype=int
  // complex rows of a Layout::Spectral kernel: loaded, then filtered with wp.cw_mul of two such tiles
  if (kind == TileKind::Map && e.nkids == 1 && (p.kid(e, 0).type == kVec2 || p.kid(e, 0).type == kVec2d))
    return e.type == info(p.kid(e, 0).type).scalar && kid_shape(0) == shape &&
           ops()[TileValue::unpack(e.value).callee].text == "length_sq";  // a spectrum's power
  if (e.type == kVec2 || e.type == kVec2d) {
    if (kind == TileKind::Map)
      return e.nkids == 2 && kid_shape(0) == shape && kid_shape(1) == shape && p.kid(e, 0).type == e.type &&
             ops()[TileValue::unpack(e.value).callee].text == "cw_mul";
    return kind == TileKind::Load && shape[1] != 0 && p.vars[p.kid(e, 0).ref].type == e.type;
  }
  if (e.type != kFloat32) return false;
  // A tile of one element per lane of the block; back to the lanes; one element as a value.
  if (kind == TileKind::Tile)
    return shape == std::array<uint16_t, 2>{kTileBlockDim, 0} && p.kid(e, 0).type == kFloat32 && kid_shape(0)[0] == 0;
  if (kind == TileKind::Untile) return shape[0] == 0 && kid_shape(0) == std::array<uint16_t, 2>{kTileBlockDim, 0};
  if (kind == TileKind::Extract)
    return shape[0] == 0 && kid_shape(0)[0] != 0 && e.nkids == 2 && p.kid(e, 1).kind == ExprKind::Lit &&
           p.kid(e, 1).value >= 0 && p.kid(e, 1).value < kid_shape(0)[0] * std::max<int>(1, kid_shape(0)[1]);
  if (shape[0] == 0) return false;
  switch (kind) {
    case TileKind::Load: {  // from an array with as many dimensions, or from a row of one (a[i])
      const Expr& from = p.kid(e, 0);
      const Var& a = p.vars[from.ref];
      const int dims = shape[1] ? 2 : 1;
      const int view = from.kind == ExprKind::Index ? from.nkids : 0;
      // without an offset: the whole of an array whose extent is no launch axis (a bias row)
      const bool whole = view == 0 && a.axes[0] >= 2 && e.nkids == 1 + dims;
      return (from.kind == ExprKind::Var || view > 0) && a.ndim - view == dims && (e.nkids == 1 + 2 * dims || whole) &&
             (view ? a.tile[a.ndim - 1] % shape[0] == 0
                   : a.tile[0] % shape[0] == 0 && (dims == 1 || a.tile[1] % shape[1] == 0));
    }
    case TileKind::Add:
    case TileKind::Sub:
      return kid_shape(0) == shape && kid_shape(1) == shape;
    case TileKind::Mul:  // elementwise, or a tile and a float
      return (kid_shape(0) == shape && (kid_shape(1) == shape || p.kid(e, 1).type == kFloat32)) ||
             (kid_shape(1) == shape && p.kid(e, 0).type == kFloat32);
    case TileKind::ScanInclusive:  // prefix sums, of the tile's shape
    case TileKind::ScanExclusive:
    case TileKind::Neg:
    case TileKind::Map:
      for (int i = 0; i < e.nkids; ++i)
        if (kid_shape(i) != shape) return false;
      return e.nkids == 1 || e.nkids == 2;
    case TileKind::Sum:
    case TileKind::Max:
    case TileKind::Min: {
      const auto in = kid_shape(0);
      const bool rows = TileValue::unpack(e.value).axis == 2;
      return rows ? kind == TileKind::Sum && in[1] != 0 && shape == std::array<uint16_t, 2>{in[0], 0}
                  : shape == std::array<uint16_t, 2>{1, 0};
    }
    case TileKind::Reduce: {  // wp.tile_reduce(wp.add | wp.max | wp.min, t): a whole tile to one element
      const auto by = static_cast<TileKind>(TileValue::unpack(e.value).callee);
      return (by == TileKind::Sum || by == TileKind::Max || by == TileKind::Min) && kid_shape(0)[0] != 0 &&
             shape == std::array<uint16_t, 2>{1, 0};
    }
    case TileKind::Matmul: {  // (M x K) (K x N) -> M x N, (M, K, N) one of the fixed GEMM shapes
      const auto a = kid_shape(0), b = kid_shape(1);
      const bool drawn = std::ranges::any_of(kGemmShapes, [&](const GemmShape& g) {
        return a == std::array<uint16_t, 2>{g.m, g.k} && b == std::array<uint16_t, 2>{g.k, g.n} &&
               shape == std::array<uint16_t, 2>{g.m, g.n};
      });
      const bool solve = a == std::array<uint16_t, 2>{kSolveSize, kSolveSize} && b == a && shape == a;  // S S
      return e.nkids == 2 && (drawn || solve);
    }
    case TileKind::Cholesky:  // a square tile's factor, shaped as it
      return e.nkids == 1 && shape[0] == shape[1] && kid_shape(0) == shape;
    case TileKind::DiagAdd:  // a square tile and its diagonal
      return e.nkids == 2 && shape[0] == shape[1] && kid_shape(0) == shape &&
             kid_shape(1) == std::array<uint16_t, 2>{shape[0], 0};
    case TileKind::CholeskySolve:  // a square factor and a right-hand side of its rows, shaped as that
    case TileKind::LowerSolve:
    case TileKind::UpperSolve:
      return e.nkids == 2 && kid_shape(0)[0] == kid_shape(0)[1] && kid_shape(1) == shape && shape[0] == kid_shape(0)[0];
    case TileKind::Transpose:
      return kid_shape(0) == std::array<uint16_t, 2>{shape[1], shape[0]};
    case TileKind::Arange:
      return shape[1] == 0 && e.nkids == 1;
    case TileKind::Zeros:
    case TileKind::Ones:
      return e.nkids == (shape[1] ? 2 : 1);
    case TileKind::Empty:  // a 1-D tile that tile_assign statements fill
      return shape[1] == 0 && e.nkids == 1;
    case TileKind::Full:  // the shape, then a float value
      return e.nkids == (shape[1] ? 3 : 2) && p.kid(e, e.nkids - 1).type == kFloat32;
    case TileKind::Reshape: {  // as many elements, to a 2-D shape
      const auto in = kid_shape(0);
      return e.nkids == 3 && shape[1] != 0 && in[0] * std::max<int>(1, in[1]) == shape[0] * shape[1];
    }
    case TileKind::Broadcast: {  // one element, or a row of the target's width, to the target's shape
      const auto in = kid_shape(0);
      return e.nkids == (shape[1] ? 3 : 2) &&
             (in == std::array<uint16_t, 2>{1, 0} || (shape[1] != 0 && in == std::array<uint16_t, 2>{shape[1], 0}));
    }
    case TileKind::View: {  // a run of a 1-D tile inside it
      const auto in = kid_shape(0);
      const Expr &at = p.kid(e, 1), &n = p.kid(e, 2);
      return e.nkids == 3 && in[1] == 0 && shape[1] == 0 && at.kind == ExprKind::Lit && n.kind == ExprKind::Lit &&
             n.value == shape[0] && at.value >= 0 && at.value + n.value <= in[0];
    }
    case TileKind::Argmax:
    case TileKind::Argmin:
    case TileKind::Sort:
    case TileKind::Axpy:
    case TileKind::Store:  // statements, never expressions
    case TileKind::AtomicAdd:
    case TileKind::CholeskyInplace:
    case TileKind::CholeskySolveInplace:
    case TileKind::LowerSolveInplace:
    case TileKind::UpperSolveInplace:
    case TileKind::Fft:
    case TileKind::Ifft:
    case TileKind::Assign:
    case TileKind::BlockDim:
    case TileKind::Tile:
    case TileKind::Untile:
    case TileKind::Extract:
      return false;
  }
  return false;
}

// The type rules Warp enforces, restated independently of the builder.
::testing::AssertionResult well_typed(const Program& p, const Expr& e) {
  auto kid = [&](int i) -> const Expr& { return p.kid(e, i); };
  auto fail = [&](const char* why) { return ::testing::AssertionFailure() << why << " (kind " << int(e.kind) << ")"; };
  switch (e.kind) {
    case ExprKind::Var:
      if (p.vars[e.ref].type != e.type) return fail("var type");
      if (p.vars[e.ref].strct != kNoStruct && p.vars[e.ref].role != Role::Struct)
        return fail("struct var role");  // arrays only as call arguments (below)
      break;
    case ExprKind::Lit:
      if (!is_scalar(e.type)) return fail("literal of composite type");
      break;
    case ExprKind::WarpConst:  // a Python float to Warp: float32, never float64
      if (e.type != kFloat32 || e.ref >= lang::kModuleConstants.size()) return fail("warp module constant");
      break;
    case ExprKind::Index:
      // An element; or a row of an array of tiles, the view a tile is loaded from (wp.tile_load(a[i], ...)).
      if ((p.vars[e.ref].ndim != e.nkids && !(p.vars[e.ref].tile[0] != 0 && e.nkids < p.vars[e.ref].ndim)) ||
          p.vars[e.ref].type != e.type)
        return fail("array index count or dtype");
      for (int i = 0; i < e.nkids; ++i)
        if (kid(i).type != kInt32) return fail("array index not int32");
      break;
    case ExprKind::Op:
      if (!op_types_match(p, e)) return fail("operator operand types");
      break;
    case ExprKind::Cast:
      // A conversion between numeric scalars, or a same-type copy (float(0.5), wp.bool(True)).
      if (kid(0).type != e.type && (!is_scalar(e.type) || !is_scalar(kid(0).type) || kid(0).type == kBool)) {
        return fail("cast");
      }
      break;
    case ExprKind::Construct:
      // All components, or one scalar broadcast to a (short) vector.
      if (e.nkids != component_count(e.type) &&
          !(e.nkids == 1 && info(e.type).kind == Kind::Vector && info(e.type).rows <= 4)) {
        return fail("constructor arity");
      }
      for (int i = 0; i < e.nkids; ++i)
        if (kid(i).type != info(e.type).scalar) return fail("constructor argument type");
      break;
    case ExprKind::Component: {
      const TypeInfo& b = info(kid(0).type);
      const bool scalar = e.type == b.scalar && e.nkids == (b.kind == Kind::Matrix ? 3 : 2);
      const bool row = b.kind == Kind::Matrix && e.nkids == 2 && e.type == resolve(Pat::RowVec, kid(0).type);
      if (b.kind == Kind::Scalar || !(scalar || row)) return fail("component");
      for (int i = 1; i < e.nkids; ++i)
        if (kid(i).type != kInt32) return fail("component index not int32");
      if (e.aux && (kid(1).kind != ExprKind::Lit || kid(1).value < 0 || kid(1).value > 3)) return fail("attribute");
      break;
    }
    case ExprKind::Ternary:
      if (kid(0).type != e.type || kid(2).type != e.type || kid(1).type != kBool) return fail("ternary");
      break;
    case ExprKind::Call: {
      const Func& f = p.funcs[e.ref];
      if (f.kernel || f.ret != e.type || f.params.size() != e.nkids) return fail("call signature");
      for (int i = 0; i < e.nkids; ++i) {
        const Var& param = p.vars[f.params[i]];
        const int ndim = kid(i).kind == ExprKind::Var ? p.vars[kid(i).ref].ndim : 0;
        if (kid(i).type != param.type || ndim != param.ndim) return fail("call argument type");
      }
      break;
    }
    case ExprKind::Shape:
      if (e.type != kInt32 || p.vars[e.ref].ndim <= e.aux) return fail("shape");
      break;
    case ExprKind::Field: {
      // a field of a struct value or of a struct array's element, with the field's type
      const Var& holder = p.vars[kid(0).ref];
      if (e.nkids != 1 || (kid(0).kind != ExprKind::Var && kid(0).kind != ExprKind::Index) ||
          holder.strct == kNoStruct || e.ref >= p.structs[holder.strct].fields.size() ||
          p.structs[holder.strct].fields[e.ref].second != e.type ||
          (kid(0).kind == ExprKind::Var) != (holder.ndim == 0))
        return fail("struct field");
      break;
    }
    case ExprKind::StructNew:
      if (e.nkids != 0 || e.ref >= p.structs.size()) return fail("struct constructor");
      break;
    case ExprKind::Tile:
      if (!well_typed_tile(p, e)) return fail("tile operands");
      break;
    case ExprKind::Query: {
      // The first argument is a wp.uint64 id (Role::Handle) or a query object the call advances, and
      // what a _next call writes its index into is an int32 local.
      const QueryCall& c = query_calls()[e.ref];
      if (e.type != c.result || e.nkids == 0 || kid(0).kind != ExprKind::Var) return fail("query call");
      const Role first = p.vars[kid(0).ref].role;
      if (c.name.ends_with("_next")) {
        if (first != Role::Query || e.nkids != 2 || kid(1).kind != ExprKind::Var || kid(1).type != kInt32)
          return fail("query _next call");
      } else if (first != Role::Handle || kid(0).type != kUInt64) {
        return fail("query id argument");
      }
      break;
    }
    case ExprKind::QueryField: {
      const Var& q = p.vars[kid(0).ref];
      const auto fields = types::query_fields(q.query);
      if (q.role != Role::Query || e.ref >= fields.size()) return fail("query field");
      const bool array = fields[e.ref].type.kind == types::Kind::Array;
      if (array != (e.nkids == 2) || (array && kid(1).type != kInt32)) return fail("query array field index");
      if (!array && find_type(fields[e.ref].type) != e.type) return fail("query field type");
      break;
    }
  }
  return ::testing::AssertionSuccess();
}

TEST(ExprBuilder, EveryExpressionIsWellTyped) {
  size_t checked = 0;
  testing::for_each_program(150, [&](const Program& p, std::string_view preset) {
    for (const Expr& e : p.exprs) {
      ASSERT_TRUE(well_typed(p, e)) << preset;
      ++checked;
    }
  });
  EXPECT_GT(checked, 50000u);
}

TEST(ExprBuilder, BuildReturnsTheRequestedTypeForEveryType) {
  Workspace ws;
  Rng rng(3, 4);
  Policy pol;
  pol.local_type.fill(1);
  pol.expr.fill(1);
  pol.group.fill(1);
  Context cx(ws, rng, pol);
  cx.prog.funcs.emplace_back();
  ExprBuilder ex(cx);
  for (TypeId t = 0; t < kNumTypes; ++t)
    for (int depth = 0; depth < 4; ++depth) {
      const ExprId e = ex.build(t, depth);
      EXPECT_EQ(cx.prog.exprs[e].type, t);
    }
  for (const Expr& e : cx.prog.exprs) EXPECT_TRUE(well_typed(cx.prog, e));
}

// Arrays appear as values only where a helper takes one, or as the array a tile is loaded from.
TEST(ExprBuilder, ArraysAreOnlyIndexedMeasuredOrPassed) {
  testing::for_each_program(150, [](const Program& p, std::string_view) {
    std::vector<bool> passed(p.exprs.size(), false);
    for (const Expr& e : p.exprs) {
      if (e.kind == ExprKind::Call)
        for (int i = 0; i < e.nkids; ++i) passed[p.kid_id(e, i)] = true;
      if (e.kind == ExprKind::Tile && tile_ops()[e.ref].kind == TileKind::Load) passed[p.kid_id(e, 0)] = true;
    }
    for (size_t i = 0; i < p.exprs.size(); ++i) {
      const Expr& e = p.exprs[i];
      if (e.kind == ExprKind::Var && p.vars[e.ref].ndim > 0) {
        EXPECT_TRUE(passed[i]) << p.vars[e.ref].name;
      }
    }
  });
}

TEST(ExprBuilder, WideConstructorsNeverTakeALoopVariable) {
  // wp.float64(j) with j an unrolled loop's iterator retypes j in Warp 1.19 (see ExprBuilder::cast).
  testing::for_each_program(150, [](const Program& p, std::string_view) {
    for (const Expr& e : p.exprs) {
      if (e.kind != ExprKind::Cast || (e.type != kFloat64 && e.type != kInt64 && e.type != kUInt64)) continue;
      const Expr& k = p.kid(e, 0);
      EXPECT_FALSE(k.kind == ExprKind::Var && p.vars[k.ref].role == Role::LoopVar) << p.vars[k.ref].name;
    }
  });
}

TEST(ExprBuilder, OperatorsRarelyCombineOnlyConstants) {
  // With variables in scope, `2.0 < 0.5`-style operands should be the exception.
  size_t ops_seen = 0, all_constant = 0;
  testing::for_each_program(100, [&](const Program& p, std::string_view) {
    for (const Expr& e : p.exprs) {
      if (e.kind != ExprKind::Op || ops()[e.ref].form == Form::Ctor || ops()[e.ref].form == Form::Prefix) continue;
      ++ops_seen;
      all_constant += e.constant;
    }
  });
  EXPECT_LT(static_cast<double>(all_constant), 0.1 * static_cast<double>(ops_seen));
}

TEST(ExprBuilder, ConstantFlagFollowsLeaves) {
  Workspace ws;
  Rng rng(1, 1);
  Policy pol;
  pol.local_type[kFloat32] = 1;
  Context cx(ws, rng, pol);
  ExprBuilder ex(cx);
  const ExprId lit = ex.literal(kFloat32);
  EXPECT_TRUE(cx.prog.exprs[lit].constant);
  const VarId v = cx.add_var("x", kFloat32, 0, Role::Local);
  cx.scope.add(v);
  const std::array<ExprId, 2> kids{ex.var(v), lit};
  const ExprId sum = ex.make_op(op_row("+", TClass::Additive), kFloat32, kids);
  EXPECT_FALSE(cx.prog.exprs[sum].constant);
  EXPECT_TRUE(cx.prog.exprs[ex.cast_to(kInt32, lit)].constant);
}

}  // namespace
}  // namespace ws::gen
