#include "gen/tiles.h"

#include <array>
#include <cmath>
#include <vector>

#include "gen/tile_kernel.h"

namespace ws::gen {

namespace {

constexpr TileOp kTileOps[] = {
    {TileKind::Load, "tile_load", kPrecAtom},
    {TileKind::Store, "tile_store", kPrecAtom},
    {TileKind::Add, "+", kPrecAdd},
    {TileKind::Sub, "-", kPrecAdd},
    {TileKind::Mul, "*", kPrecMul},
    {TileKind::Neg, "-", kPrecUnary},
    {TileKind::Map, "tile_map", kPrecAtom},
    {TileKind::Sum, "tile_sum", kPrecAtom, "add"},
    {TileKind::Max, "tile_max", kPrecAtom, "max"},
    {TileKind::Min, "tile_min", kPrecAtom, "min"},
    {TileKind::Transpose, "tile_transpose", kPrecAtom},
    {TileKind::Arange, "tile_arange", kPrecAtom},
    {TileKind::Ones, "tile_ones", kPrecAtom},
    {TileKind::Tile, "tile", kPrecAtom},
    {TileKind::Untile, "untile", kPrecAtom},
    {TileKind::Extract, "tile_extract", kPrecAtom},
    {TileKind::Zeros, "tile_zeros", kPrecAtom},
    {TileKind::BlockDim, "block_dim", kPrecAtom},
    {TileKind::AtomicAdd, "tile_atomic_add", kPrecAtom},
    {TileKind::Reduce, "tile_reduce", kPrecAtom},
    {TileKind::Matmul, "tile_matmul", kPrecAtom},
    {TileKind::Cholesky, "tile_cholesky", kPrecAtom},
    {TileKind::CholeskySolve, "tile_cholesky_solve", kPrecAtom},
    {TileKind::LowerSolve, "tile_lower_solve", kPrecAtom},
    {TileKind::UpperSolve, "tile_upper_solve", kPrecAtom},
    {TileKind::DiagAdd, "tile_diag_add", kPrecAtom},
    {TileKind::CholeskyInplace, "tile_cholesky_inplace", kPrecAtom},
    {TileKind::CholeskySolveInplace, "tile_cholesky_solve_inplace", kPrecAtom},
    {TileKind::LowerSolveInplace, "tile_lower_solve_inplace", kPrecAtom},
    {TileKind::UpperSolveInplace, "tile_upper_solve_inplace", kPrecAtom},
    {TileKind::Full, "tile_full", kPrecAtom},
    {TileKind::Argmax, "tile_argmax", kPrecAtom},
    {TileKind::Argmin, "tile_argmin", kPrecAtom},
    {TileKind::Reshape, "tile_reshape", kPrecAtom},
    {TileKind::Broadcast, "tile_broadcast", kPrecAtom},
    {TileKind::View, "tile_view", kPrecAtom},
    {TileKind::ScanInclusive, "tile_scan_inclusive", kPrecAtom},
    {TileKind::ScanExclusive, "tile_scan_exclusive", kPrecAtom},
    {TileKind::Sort, "tile_sort", kPrecAtom},
    {TileKind::Axpy, "tile_axpy", kPrecAtom},
    {TileKind::Fft, "tile_fft", kPrecAtom},
    {TileKind::Ifft, "tile_ifft", kPrecAtom},
    {TileKind::Empty, "tile_empty", kPrecAtom},
    {TileKind::Assign, "tile_assign", kPrecAtom},
};
constexpr bool in_kind_order() {
  for (size_t i = 0; i < std::size(kTileOps); ++i)
    if (static_cast<size_t>(kTileOps[i].kind) != i) return false;
  return true;
}
static_assert(in_kind_order());

}  // namespace

namespace detail {

ExprId TileKernel::make(TileKind kind, std::span<const ExprId> kids, TileValue v, Range r, TypeId type) {
  Program& p = cx_.prog;
  p.exprs.push_back(Expr{ExprKind::Tile, type, static_cast<uint8_t>(kids.size()), 0, false, static_cast<uint16_t>(kind),
                         static_cast<uint32_t>(p.kids.size()), v.pack(), r});
  p.kids.insert(p.kids.end(), kids.begin(), kids.end());
  return static_cast<ExprId>(p.exprs.size() - 1);
}

// The tile's shape, spelled through module constants (TILE = wp.constant(64), or a plain TILE = 64)
// or as literals.
void TileKernel::sizes() {
  if (layout_ == Layout::Gemm) {
    // dims_ is the product's M x N (build); K is named along with them
  } else if (layout_ == Layout::Solve) {
    // one name for both sides of the square tile, and the right-hand side's length
    dims_ = {kSolveSize, kSolveSize};
    if (rng_.chance(0.25)) return;
    const ExprId value = ex_.int_literal(kSolveSize);
    const VarId v = cx_.add_var(cx_.namer.role(rng_, kSolveSizeNames), kInt32, 0, Role::Global, range(value));
    cx_.prog.vars[v].plain = rng_.chance(0.3);
    cx_.prog.globals.emplace_back(v, value);
    size_var_ = {v, v};
    return;
  } else if (layout_ == Layout::Row || layout_ == Layout::Accumulate) {
    dims_ = {rng_.pick(std::span<const uint16_t>(kRowSizes)), 0};
  } else if (layout_ == Layout::Spectral) {
    dims_ = {rng_.pick(std::span<const uint16_t>(kFftRows)), rng_.pick(std::span<const uint16_t>(kFftSizes))};
  } else {
    dims_ = {rng_.pick(std::span<const uint16_t>(kSideSizes)), rng_.pick(std::span<const uint16_t>(kSideSizes))};
  }
  if (rng_.chance(0.25)) return;
  const bool plain = rng_.chance(0.3);
  const size_t names = static_cast<size_t>(rng_.range(0, std::ssize(kSideNames) - 1));
  const auto& side_names = layout_ == Layout::Spectral ? kFftSizeNames[names] : kSideNames[names];
  const auto global = [&](std::string_view want, uint16_t n) {
    const ExprId value = ex_.int_literal(n);
    const VarId v = cx_.add_var(cx_.namer.take(want), kInt32, 0, Role::Global, range(value));
    cx_.prog.vars[v].plain = plain;
    cx_.prog.globals.emplace_back(v, value);
    return v;
  };
  for (int d = 0; d < (two_d() ? 2 : 1); ++d)
    size_var_[d] = global(two_d() ? side_names[d] : rng_.pick(std::span<const std::string_view>(kSizeNames)), dims_[d]);
  if (layout_ == Layout::Gemm) k_var_ = global(kDepthNames[names], gemm_.k);
}

ExprId TileKernel::scaled(VarId v, int d) {
  static const uint16_t mul = op_row("*", TClass::NumScalar);
  const std::array<ExprId, 2> kids{ex_.var(v), size(d)};
  return ex_.make_op(mul, kInt32, kids);
}

VarId TileKernel::array(NameKind kind, uint8_t ndim, uint16_t t0, uint16_t t1, std::array<uint8_t, 2> axes, TypeId type,
                        std::span<const std::string_view> names) {
  const Role role = kind == NameKind::Output ? Role::Output : Role::Param;
  std::string name = names.empty() ? cx_.namer.fresh(rng_, kind, type) : cx_.namer.role(rng_, names);
  const VarId v = cx_.add_param(std::move(name), type, ndim, role, data_range(type), 0);
  cx_.prog.vars[v].tile = {t0, t1};
  cx_.prog.vars[v].axes = axes;
  return v;
}

void TileKernel::store(VarId array, ExprId tile, ExprId off0, ExprId off1) {
  cx_.prog.stmts.push_back(Stmt{StmtKind::TileStore, 1, 0, array, tile, off0, off1});
}

// Where a block's one-element reduction goes: its own element of a launch-shaped array, or, shared by
// every block, the one element of an accumulator that only wp.tile_atomic_add updates.
VarId TileKernel::reduction_array(bool shared) {
  const VarId v = array(NameKind::Output, 1, 0, 0);
  cx_.prog.vars[v].fixed = shared ? 1 : 0;
  return v;
}

void TileKernel::store_reduction(VarId array, ExprId tile) {
  if (cx_.prog.vars[array].fixed)  // wp.tile_atomic_add(total, s)
    cx_.prog.stmts.push_back(Stmt{StmtKind::TileStore, 1, 1, array, tile});
  else
    store(array, tile, ex_.var(cx_.tid[0]), kNoExpr);
}

void TileKernel::declare(std::span<const std::string_view> pool, ExprId value, TileValue v, uint8_t indent) {
  const VarId var = cx_.add_var(cx_.namer.role(rng_, pool), cx_.prog.exprs[value].type, 0, Role::Local, range(value));
  cx_.prog.vars[var].tile = {v.rows, v.cols};
  cx_.prog.stmts.push_back(Stmt{StmtKind::Assign, indent, 0, 0, ex_.lvalue(var), value});
  values_.push_back({var});
}

ExprId TileKernel::read(size_t value) {
  values_[value].read = true;
  return ex_.var(values_[value].var);
}

ExprId TileKernel::map(ExprId e, uint16_t callee, bool helper, Range r) {
  TileValue v = shape();
  v.callee = callee;
  v.helper = helper;
  return make(TileKind::Map, std::span<const ExprId>(&e, 1), v, r);
}

// A value that may have grown past kMaxElement goes through wp.tanh, as people squash one.
ExprId TileKernel::bounded(ExprId e) {
  static const uint16_t tanh = op_row("tanh", TClass::FloatScalar);
  if (range(e).ok() && range(e).mag() <= kMaxElement) return e;
  return map(e, tanh, false, {-1, 1});
}

ExprId TileKernel::scale(ExprId e) {
  static const uint16_t mul = op_row("*", TClass::NumScalar);
  ExprId k;
  const bool fresh = scale_ == kNoVar && rng_.chance(0.5);
  if (fresh)
    scale_ = cx_.add_param(cx_.namer.role(rng_, kScaleNames), kFloat32, 0, Role::Param, param_range(kFloat32), 0);
  // A parameter just added is read here, or it would stay unread.
  if (scale_ != kNoVar && (fresh || rng_.chance(0.7))) {
    k = ex_.var(scale_);
  } else {
    const auto& s = rng_.pick(std::span<const std::array<double, 2>>(kScales));
    k = ex_.float_literal(kFloat32, static_cast<int64_t>(s[0]), static_cast<uint8_t>(s[1]));
  }
  const std::array<Range, 2> rs{range(e), range(k)};
  const Range r = op_range(ops()[mul], kFloat32, rs);
  const std::array<ExprId, 2> kids = rng_.chance(0.7) ? std::array<ExprId, 2>{e, k} : std::array<ExprId, 2>{k, e};
  return make(TileKind::Mul, kids, shape(), r);
}

// One step on e: a map through a builtin or the helper, a scale, a negation.
ExprId TileKernel::unary(ExprId e) {
  const Range r = range(e);
  const bool helper_fits = helper_ >= 0 && r.within(helper_param_range(kFloat32)) &&
                           cx_.prog.funcs[helper_].ret_range.ok() &&
                           cx_.prog.funcs[helper_].ret_range.mag() <= kMaxElement;
  const std::array<double, 4> w = {3, helper_fits ? 4.0 : 0.0, 2.5, 0.4};
  switch (rng_.weighted(w)) {
    case 0: {
      for (int tries = 0; tries < 8; ++tries) {
        const MapRow& m = rng_.pick(std::span<const MapRow>(kUnaryMaps));
        const uint16_t row = op_row(m.name, m.cls);
        const Range out = op_range(ops()[row], kFloat32, std::span<const Range>(&r, 1));
        if (out.ok() && out.mag() <= kMaxElement) return map(e, row, false, out);
      }
      return bounded(e);
    }
    case 1:
      return map(e, static_cast<uint16_t>(helper_), true, cx_.prog.funcs[helper_].ret_range);
    case 2:
      return scale(e);
    default:
      return make(TileKind::Neg, std::span<const ExprId>(&e, 1), shape(), {-r.hi, -r.lo});
  }
}

// a op b elementwise: +, -, *, or a binary map (wp.tile_map(wp.max, a, b)).
ExprId TileKernel::binary(ExprId a, ExprId b) {
  static constexpr std::array<double, 4> kWeights = {3, 2, 2, 1};
  static const std::array<uint16_t, 3> kRows = {op_row("+", TClass::Additive), op_row("-", TClass::Additive),
                                                op_row("*", TClass::NumScalar)};
  const std::array<Range, 2> rs{range(a), range(b)};
  const std::array<ExprId, 2> kids{a, b};
  const size_t k = rng_.weighted(kWeights);
  if (k == 3) {
    const uint16_t row = op_row(rng_.pick(std::span<const std::string_view>(kBinaryMaps)), TClass::NumScalar);
    TileValue v = shape();
    v.callee = row;
    return make(TileKind::Map, kids, v, op_range(ops()[row], kFloat32, rs));
  }
  static constexpr TileKind kKinds[] = {TileKind::Add, TileKind::Sub, TileKind::Mul};
  return make(kKinds[k], kids, shape(), op_range(ops()[kRows[k]], kFloat32, rs));
}

// Another tile to combine with: a loaded one (one not read yet first), or a constant ramp or tile of
// ones of the same shape.
ExprId TileKernel::operand() {
  const bool rows = layout_ == Layout::Rows || layout_ == Layout::Grid;
  const std::array<double, 5> w = {4, layout_ == Layout::Row ? 0.5 : 0.0, 0.3, 0.4, rows ? 1.2 : 0.0};
  switch (rng_.weighted(w)) {
    case 3:
      return full();
    case 4:
      return bias_row();
    case 1: {
      const std::array<ExprId, 1> kids{size(0)};
      return make(TileKind::Arange, kids, shape(), {0, static_cast<double>(dims_[0] - 1)});
    }
    case 2: {
      std::vector<ExprId> kids{size(0)};
      if (two_d()) kids.push_back(size(1));
      return make(TileKind::Ones, kids, shape(), {1, 1});
    }
    default:
      for (size_t i = 0; i < loads_; ++i)
        if (!values_[i].read) return read(i);
      return read(static_cast<size_t>(rng_.range(0, static_cast<int64_t>(loads_) - 1)));
  }
}

// wp.tile_sum(e) (or along axis 1: a row block's row sums), wp.tile_max(e), wp.tile_min(e).
ExprId TileKernel::reduce(ExprId e, TileKind kind, bool rows) {
  const Range r = range(e);
  TileValue v = rows ? TileValue{dims_[0], 0} : TileValue{1, 0};
  v.axis = rows ? 2 : 0;
  const double n = rows ? dims_[1] : static_cast<double>(dims_[0]) * (two_d() ? dims_[1] : 1);
  const Range out = kind == TileKind::Sum ? Range{std::min(0.0, r.lo * n), std::max(0.0, r.hi * n)} : r;
  // A whole-tile reduction is also written as wp.tile_reduce(<its operator>, t), as mujoco_warp writes
  // it (Warp gives tile_reduce no adjoint: the backward pass stops there, as it does in Warp).
  if (!rows && rng_.chance(0.3)) {
    v.callee = static_cast<uint16_t>(kind);
    kind = TileKind::Reduce;
  }
  return make(kind, std::span<const ExprId>(&e, 1), v, out);
}

// a_tile = wp.tile_load(a, shape=TILE, offset=i * TILE): the block's own tile.
void TileKernel::load(VarId array, int style) {
  std::vector<ExprId> kids{ex_.var(array), size(0)};
  if (two_d()) kids.push_back(size(1));
  kids.push_back(scaled_tid(0, 0));
  if (layout_ == Layout::Rows) kids.push_back(ex_.int_literal(0));
  if (layout_ == Layout::Grid) kids.push_back(scaled_tid(1, 1));
  declare_load(array, kids, shape(), style, 1);
}

// A loaded tile's local, named after its array (a_tile, tile_a, ta), one style per kernel.
size_t TileKernel::declare_load(VarId array, std::span<const ExprId> kids, TileValue v, int style, uint8_t indent) {
  const Var& a = cx_.prog.vars[array];
  const std::string name = style == 0                        ? a.name + "_tile"
                           : style == 1 || a.name.size() > 1 ? "tile_" + a.name
                                                             : "t" + a.name;
  const std::array<std::string_view, 1> pool{name};  // a view of `name`, which outlives declare()
  declare(pool, make(TileKind::Load, kids, v, data_range(a.type), a.type), v, indent);
  return values_.size() - 1;
}

void TileKernel::build(const std::string& name) {
  Program& prog = cx_.prog;
  static constexpr std::array<double, 8> kLayouts = {5, 2, 2, 2.5, 2.5, 3.5, 3.5, 2};
  layout_ = static_cast<Layout>(rng_.weighted(kLayouts));
  prog.tiled = true;
  if (layout_ == Layout::Lanes) {
    dims_ = {kTileBlockDim, 0};
  } else if (layout_ == Layout::Gemm) {
    gemm_ = rng_.pick(std::span<const GemmShape>(kGemmShapes));
    dims_ = {gemm_.m, gemm_.n};
    sizes();
  } else {
    sizes();
  }
  for (size_t f = 0; f < prog.funcs.size(); ++f)
    if (prog.funcs[f].params.size() == 1 && prog.funcs[f].ret == kFloat32 &&
        prog.vars[prog.funcs[f].params[0]].type == kFloat32 && prog.vars[prog.funcs[f].params[0]].ndim == 0)
      helper_ = static_cast<int>(f);

  cx_.func = static_cast<uint16_t>(prog.funcs.size());
  cx_.in_kernel = true;
  prog.funcs.emplace_back();
  prog.funcs.back().name = cx_.namer.take(name);
  prog.funcs.back().kernel = true;
  // i = wp.tid() (the block's index: launch_tiled adds the lanes as a trailing dimension), i, j = wp.tid(),
  // or i, lane = wp.tid(); named before the parameters, which then take other names.
  std::array<std::string_view, 2> tids{rng_.pick(std::span<const std::string_view>(kTidNames)), ""};
  if (layout_ == Layout::Grid || layout_ == Layout::Gemm) tids = {"i", "j"};
  if (layout_ == Layout::Lanes) tids = rng_.pick(std::span<const std::array<std::string_view, 2>>(kLaneNames));
  for (std::string_view stem : tids)
    if (!stem.empty()) cx_.tid.push_back(cx_.add_var(cx_.namer.take(stem), kInt32, 0, Role::Tid, {0, kMaxExtent - 1}));
  if (layout_ == Layout::Lanes) return lanes();
  if (layout_ == Layout::Accumulate) return accumulate();
  if (layout_ == Layout::Gemm) return gemm();
  if (layout_ == Layout::Solve) return solve();
  if (layout_ == Layout::Spectral) return spectral();

  // Arrays: the inputs, then the outputs (at least one): the computed tile, and a reduction of it (a
  // transposed copy over a 2-D launch).
  const uint8_t ndim = two_d() ? 2 : 1;
  const int ninputs = static_cast<int>(rng_.range(1, layout_ == Layout::Row ? 3 : 2));
  std::vector<VarId> inputs;
  for (int k = 0; k < ninputs; ++k) inputs.push_back(array(NameKind::Input, ndim, dims_[0], dims_[1]));
  bool elementwise = rng_.chance(0.75);
  bool second = rng_.chance(0.5);
  if (!elementwise && !second) (rng_.chance(0.5) ? elementwise : second) = true;
  const VarId out = elementwise ? array(NameKind::Output, ndim, dims_[0], dims_[1]) : kNoVar;
  VarId extra = kNoVar;
  bool rows = false;
  // A 1-D tile's second output may be the sums of its runs of `segment` elements (tile_reshape), or
  // the index of its largest or smallest element (tile_argmax, tile_argmin) in an int array.
  uint16_t segment = 0;
  bool arg = false, fold = false, prefix = false, sorted = false, join = false;
  if (second && layout_ == Layout::Row && dims_[0] <= 128 && rng_.chance(0.1)) {
    join = true;  // the tile and the first loaded one end to end (wp.tile_empty, wp.tile_assign)
    extra = array(NameKind::Output, 1, static_cast<uint16_t>(2 * dims_[0]), 0);
  } else if (second && layout_ == Layout::Row && rng_.chance(0.1)) {
    sorted = true;  // the tile in ascending order (wp.tile_sort), maybe with its permutation
    extra = array(NameKind::Output, 1, dims_[0], 0);
  } else if (second && layout_ == Layout::Row && rng_.chance(0.12)) {
    prefix = true;  // the running sums of the tile (wp.tile_scan_inclusive or _exclusive)
    extra = array(NameKind::Output, 1, dims_[0], 0);
  } else if (second && layout_ == Layout::Row && rng_.chance(0.12)) {
    fold = true;
    extra = array(NameKind::Output, 1, static_cast<uint16_t>(dims_[0] / 2), 0);
  } else if (second && layout_ == Layout::Row && dims_[0] >= 32 && rng_.chance(0.25)) {
    static constexpr uint16_t kSegments[] = {4, 8, 16};
    segment = rng_.pick(std::span<const uint16_t>(kSegments));
    extra = array(NameKind::Output, 1, static_cast<uint16_t>(dims_[0] / segment), 0);
  } else if (second && layout_ != Layout::Grid && rng_.chance(0.15)) {
    arg = true;
    extra = index_array();
  } else if (second && layout_ == Layout::Grid) {
    extra = array(NameKind::Output, 2, dims_[1], dims_[0], {1, 0});
  } else if (second) {
    rows = layout_ == Layout::Rows && rng_.chance(0.6);
    extra = rows ? array(NameKind::Output, 1, dims_[0], 0) : reduction_array(rng_.chance(kSharedTotal));
  }

  prog.funcs.back().stmt_begin = static_cast<uint32_t>(prog.stmts.size());
  prog.stmts.push_back(Stmt{StmtKind::Tid, 1, static_cast<uint16_t>(cx_.tid.size()), cx_.tid[0]});

  const int style = static_cast<int>(rng_.range(0, 2));
  for (VarId a : inputs) load(a, style);
  loads_ = values_.size();

  // The loaded tiles combined, then up to two more steps, each on the value before it.
  ExprId e = read(0);
  if (rng_.chance(0.3)) e = unary(e);
  for (size_t k = 1; k < loads_; ++k) e = bounded(binary(e, rng_.chance(0.3) ? unary(read(k)) : read(k)));
  if (loads_ == 1 || rng_.chance(0.3)) e = unary(e);
  if (rng_.chance(0.12)) e = binary(e, operand());
  declare(kValueNames, bounded(e), shape());
  const int steps = static_cast<int>(rng_.range(0, 2));
  bool was_centered = false;  // a value less its maximum is not centered again
  for (int k = 0; k < steps; ++k) {
    was_centered = !was_centered && rng_.chance(0.15);
    if (was_centered) {
      declare(kValueNames, bounded(centered(values_.size() - 1)), shape());
      continue;
    }
    const ExprId prev = read(values_.size() - 1);
    declare(kValueNames, bounded(rng_.chance(0.6) ? unary(prev) : binary(prev, operand())), shape());
  }

  const size_t last = values_.size() - 1;
  if (out != kNoVar) {
    const ExprId value = read(last), off0 = scaled_tid(0, 0);
    store(out, value, off0,
          layout_ == Layout::Row    ? kNoExpr
          : layout_ == Layout::Rows ? ex_.int_literal(0)
                                    : scaled_tid(1, 1));
  }
  if (extra == kNoVar) return finish();
  // The second output may take the value before the last one (when the last one is stored).
  const size_t src = out != kNoVar && last > loads_ && !values_[last - 1].aux && rng_.chance(0.3) ? last - 1 : last;
  if (layout_ == Layout::Grid) {
    const ExprId value = read(src);
    const TileValue flipped{dims_[1], dims_[0]};
    ExprId t = make(TileKind::Transpose, std::span<const ExprId>(&value, 1), flipped, range(value));
    if (rng_.chance(0.5)) {
      declare(kTransposeNames, t, flipped);
      t = read(values_.size() - 1);
    }
    store(extra, t, scaled_tid(1, 1), scaled_tid(0, 0));
    return finish();
  }
  if (sorted) return sort(src, extra);
  if (join) return joined(src, extra);
  if (prefix) {
    const ExprId value = read(src);
    const Range r = range(value);
    const double n = dims_[0];
    ExprId sums = make(rng_.chance(0.6) ? TileKind::ScanInclusive : TileKind::ScanExclusive,
                       std::span<const ExprId>(&value, 1), shape(), {std::min(0.0, r.lo * n), std::max(0.0, r.hi * n)});
    if (rng_.chance(0.5)) {
      static constexpr std::string_view kPrefixNames[] = {"cum", "prefix", "running", "cdf"};
      declare(kPrefixNames, sums, shape());
      sums = read(values_.size() - 1);
    }
    store(extra, sums, scaled_tid(0, 0), kNoExpr);
    return finish();
  }
  if (fold) {
    const std::array<ExprId, 2> at{ex_.var(cx_.tid[0]), ex_.int_literal(dims_[0] / 2)};
    const ExprId sum = folded(src);
    store(extra, sum, ex_.make_op(op_row("*", TClass::NumScalar), kInt32, at), kNoExpr);
    return finish();
  }
  if (segment != 0) {
    const auto n = static_cast<uint16_t>(dims_[0] / segment);
    const std::array<ExprId, 2> at{ex_.var(cx_.tid[0]), ex_.int_literal(n)};
    store(extra, segment_sums(read(src), segment), ex_.make_op(op_row("*", TClass::NumScalar), kInt32, at), kNoExpr);
    return finish();
  }
  if (arg) {
    const TileKind k = rng_.chance(0.6) ? TileKind::Argmax : TileKind::Argmin;
    const double hi = static_cast<double>(dims_[0]) * (two_d() ? dims_[1] : 1) - 1;
    const ExprId value = read(src);
    ExprId r = make(k, std::span<const ExprId>(&value, 1), TileValue{1, 0}, {0, hi}, kInt32);
    if (rng_.chance(0.5)) {
      static constexpr std::string_view kArgNames[] = {"best", "idx", "loc"};
      declare(kArgNames, r, TileValue{1, 0});
      r = read(values_.size() - 1);
    }
    store(extra, r, ex_.var(cx_.tid[0]), kNoExpr);
    return finish();
  }
  static constexpr std::array<double, 3> kReductions = {4, 1, 1};
  static constexpr TileKind kKinds[] = {TileKind::Sum, TileKind::Max, TileKind::Min};
  const TileKind kind = rows || prog.vars[extra].fixed ? TileKind::Sum : kKinds[rng_.weighted(kReductions)];
  ExprId r = reduce(read(src), kind, rows);
  if (rng_.chance(0.5)) {
    const auto pool = kind == TileKind::Sum   ? std::span<const std::string_view>(kSumNames)
                      : kind == TileKind::Max ? std::span<const std::string_view>(kMaxNames)
                                              : std::span<const std::string_view>(kMinNames);
    declare(pool, r, TileValue::unpack(cx_.prog.exprs[r].value));
    r = read(values_.size() - 1);
  }
  if (rows)
    store(extra, r, scaled_tid(0, 0), kNoExpr);
  else
    store_reduction(extra, r);
  finish();
}

VarId TileKernel::local(ExprId value) {
  const VarId v = cx_.add_var(cx_.namer.fresh(rng_, NameKind::Local, kFloat32), kFloat32, 0, Role::Local, range(value));
  cx_.prog.stmts.push_back(Stmt{StmtKind::Assign, 1, 0, 0, ex_.lvalue(v), value});
  return v;
}

// A block reduction of per-lane values, launched with wp.launch_tiled(dim=[n], block_dim=256) over
// arrays of n rows of 256 (one element per lane), as Warp's tests write them:
//   i, lane = wp.tid()
//   x = a[i, lane]
//   t = wp.tile(x * 0.5)
//   s = wp.tile_sum(t)
//   wp.tile_store(sums, s, offset=i)
//   out[i, lane] = x - wp.tile_extract(s, 0)
//   smooth[i, lane] = wp.untile(wp.tile_map(wp.tanh, t))
// Every lane writes only its own elements; the block's reduction is stored once, by tile_store.
void TileKernel::lanes() {
  static const uint16_t sub = op_row("-", TClass::Additive);
  static const std::array<uint16_t, 3> kCombine = {op_row("+", TClass::Additive), sub, op_row("*", TClass::NumScalar)};
  Program& prog = cx_.prog;
  prog.tid_lane = true;
  const int ninputs = static_cast<int>(rng_.range(1, 2));
  std::vector<VarId> inputs;
  for (int k = 0; k < ninputs; ++k) inputs.push_back(array(NameKind::Input, 2, 1, kTileBlockDim));
  // At least one output: the block's reduction, each value less the reduction, each value mapped.
  bool reduced = rng_.chance(0.5), centered = rng_.chance(0.5), mapped = rng_.chance(0.4);
  if (!reduced && !centered && !mapped) reduced = true;
  const VarId sums = reduced ? reduction_array(rng_.chance(kSharedTotal)) : kNoVar;
  const VarId out = centered ? array(NameKind::Output, 2, 1, kTileBlockDim) : kNoVar;
  const VarId smooth = mapped ? array(NameKind::Output, 2, 1, kTileBlockDim) : kNoVar;

  prog.funcs.back().stmt_begin = static_cast<uint32_t>(prog.stmts.size());
  prog.stmts.push_back(Stmt{StmtKind::Tid, 1, 2, cx_.tid[0]});

  // x = a[i, lane] per input, combined into the value each lane contributes.
  std::vector<VarId> xs;
  for (VarId a : inputs) xs.push_back(local(ex_.own_element(a)));
  ExprId e = ex_.var(xs[0]);
  for (size_t k = 1; k < xs.size(); ++k) {
    const std::array<ExprId, 2> kids{e, ex_.var(xs[k])};
    e = ex_.make_op(kCombine[static_cast<size_t>(rng_.range(0, 2))], kFloat32, kids);
  }
  if (xs.size() == 1 || rng_.chance(0.3)) {
    const auto& k = rng_.pick(std::span<const std::array<double, 2>>(kScales));
    const std::array<ExprId, 2> kids{
        e, ex_.float_literal(kFloat32, static_cast<int64_t>(k[0]), static_cast<uint8_t>(k[1]))};
    e = ex_.make_op(kCombine[2], kFloat32, kids);
  }
  declare(kValueNames, make(TileKind::Tile, std::span<const ExprId>(&e, 1), shape(), range(e)), shape());
  const size_t t = values_.size() - 1;

  ExprId r = kNoExpr;
  static constexpr std::array<double, 3> kReductions = {4, 1.5, 1};
  static constexpr TileKind kKinds[] = {TileKind::Sum, TileKind::Max, TileKind::Min};
  const TileKind kind = reduced && prog.vars[sums].fixed ? TileKind::Sum : kKinds[rng_.weighted(kReductions)];
  if (reduced || centered) {
    r = reduce(read(t), kind, false);
    if ((reduced && centered) || rng_.chance(0.5)) {
      declare(kind == TileKind::Sum   ? std::span<const std::string_view>(kSumNames)
              : kind == TileKind::Max ? std::span<const std::string_view>(kMaxNames)
                                      : std::span<const std::string_view>(kMinNames),
              r, TileValue::unpack(prog.exprs[r].value));
      r = kNoExpr;
    }
  }
  auto reduction = [&] { return r != kNoExpr ? r : read(values_.size() - 1); };
  if (reduced) store_reduction(sums, reduction());
  if (centered) {
    const std::array<ExprId, 2> at{reduction(), ex_.int_literal(0)};
    ExprId m = make(TileKind::Extract, at, TileValue{}, range(at[0]));
    if (kind == TileKind::Sum && rng_.chance(0.6)) {  // the block's mean: s / float(wp.block_dim())
      static const uint16_t div = op_row("/", TClass::NumScalar);
      const double lanes = kTileBlockDim;
      const std::array<ExprId, 2> mean{
          m, ex_.cast_to(kFloat32, make(TileKind::BlockDim, {}, TileValue{}, {lanes, lanes}, kInt32))};
      m = ex_.make_op(div, kFloat32, mean);
    }
    if (rng_.chance(0.5)) m = ex_.var(local(m));
    const std::array<ExprId, 2> kids{ex_.var(xs[0]), m};
    prog.stmts.push_back(Stmt{StmtKind::Assign, 1, 0, 0, ex_.own_element(out), ex_.make_op(sub, kFloat32, kids)});
  }
  if (mapped) {
    const ExprId u = unary(read(t));
    const ExprId y = make(TileKind::Untile, std::span<const ExprId>(&u, 1), TileValue{}, range(u));
    prog.stmts.push_back(Stmt{StmtKind::Assign, 1, 0, 0, ex_.own_element(smooth), y});
  }
  finish();
}

// A block sums the tiles of its own row of a 2-D array, as Warp's tile reductions over a batch do:
//   acc = wp.tile_zeros(shape=TILE, dtype=float)
//   for j in range(NUM_TILES):
//       t = wp.tile_load(a[i], shape=TILE, offset=j * TILE)
//       acc += wp.tile_map(wp.sin, t) * 0.5
//   wp.tile_store(out, acc, offset=i * TILE)
//   wp.tile_store(sums, wp.tile_sum(acc), offset=i)
// or accumulates only the tiles' sums into a one-element tile (`s += wp.tile_sum(t)`). The row
// a[i] has NUM_TILES tiles (the contract's {"tile": [1, NUM_TILES * TILE]}), so every load lies inside it.
ExprId TileKernel::loop_count(int64_t count) {
  ExprId stop = ex_.int_literal(count);
  if (rng_.chance(0.6)) {
    const VarId g = cx_.add_var(cx_.namer.role(rng_, kCountNames), kInt32, 0, Role::Global, range(stop));
    cx_.prog.vars[g].plain = rng_.chance(0.5);
    cx_.prog.globals.emplace_back(g, stop);
    stop = ex_.var(g);
  }
  return stop;
}

void TileKernel::add_in_loop(size_t acc, ExprId e, int64_t count) {
  static const uint16_t add = op_row("+", TClass::Additive);
  cx_.prog.stmts.push_back(Stmt{StmtKind::AugAssign, 2, add, 0, ex_.lvalue(values_[acc].var), e});
  const Range r = range(e);
  const auto n = static_cast<double>(count);
  cx_.facts[values_[acc].var] = VarFacts{};
  cx_.facts[values_[acc].var].env =
      cx_.facts[values_[acc].var].cur = {std::min(0.0, r.lo * n), std::max(0.0, r.hi * n)};
}

// acc += alpha * e in place, as a weighted accumulation is written with Warp's tile BLAS-1 builtin:
//   wp.tile_axpy(0.5, wp.tile_map(wp.sin, t), acc)
// alpha a literal, or the kernel's scale parameter.
void TileKernel::axpy_in_loop(size_t acc, ExprId e, int64_t count) {
  static const uint16_t mul = op_row("*", TClass::NumScalar);
  ExprId alpha;
  if (scale_ == kNoVar && rng_.chance(0.4)) {
    scale_ = cx_.add_param(cx_.namer.role(rng_, kScaleNames), kFloat32, 0, Role::Param, param_range(kFloat32), 0);
    alpha = ex_.var(scale_);
  } else {
    const auto& k = rng_.pick(std::span<const std::array<double, 2>>(kScales));
    alpha = ex_.float_literal(kFloat32, static_cast<int64_t>(k[0]), static_cast<uint8_t>(k[1]));
  }
  cx_.prog.stmts.push_back(Stmt{StmtKind::TileStore, 2, 3, values_[acc].var, e, alpha});
  const std::array<Range, 2> rs{range(e), range(alpha)};
  const Range r = op_range(ops()[mul], kFloat32, rs);
  const auto n = static_cast<double>(count);
  cx_.facts[values_[acc].var] = VarFacts{};
  cx_.facts[values_[acc].var].env =
      cx_.facts[values_[acc].var].cur = {std::min(0.0, r.lo * n), std::max(0.0, r.hi * n)};
}

void TileKernel::accumulate() {
  Program& prog = cx_.prog;
  const int64_t count = rng_.pick(std::span<const int64_t>(kTileCounts));
  const int ninputs = static_cast<int>(rng_.range(1, 2));
  std::vector<VarId> inputs;
  for (int k = 0; k < ninputs; ++k)
    inputs.push_back(array(NameKind::Input, 2, 1, static_cast<uint16_t>(count * dims_[0])));
  const bool sums_only = rng_.chance(0.3);  // s += wp.tile_sum(t): a one-element accumulator
  const bool whole = !sums_only;
  bool stored = whole && rng_.chance(0.8), reduced = sums_only || rng_.chance(0.4);
  if (!stored && !reduced) reduced = true;
  const VarId out = stored ? array(NameKind::Output, 1, dims_[0], 0) : kNoVar;
  const VarId sums = reduced ? reduction_array(rng_.chance(kSharedTotal)) : kNoVar;
  const ExprId stop = loop_count(count);

  prog.funcs.back().stmt_begin = static_cast<uint32_t>(prog.stmts.size());
  prog.stmts.push_back(Stmt{StmtKind::Tid, 1, 1, cx_.tid[0]});
  const TileValue acc_shape = sums_only ? TileValue{1, 0} : shape();
  std::vector<ExprId> zero_kids{sums_only ? ex_.int_literal(1) : size(0)};
  const ExprId zeros = make(TileKind::Zeros, zero_kids, acc_shape, {0, 0});
  declare(kAccNames, zeros, acc_shape);
  const size_t acc = values_.size() - 1;

  const VarId j =
      cx_.add_var(cx_.namer.role(rng_, kLoopNames), kInt32, 0, Role::LoopVar, {0, static_cast<double>(count - 1)});
  prog.stmts.push_back(Stmt{StmtKind::For, 1, 0, j, stop});
  const int style = static_cast<int>(rng_.range(0, 2));
  for (VarId a : inputs) {
    const ExprId tid = ex_.var(cx_.tid[0]);
    Program& p = cx_.prog;
    p.exprs.push_back(
        Expr{ExprKind::Index, kFloat32, 1, 0, false, a, static_cast<uint32_t>(p.kids.size()), 0, data_range(kFloat32)});
    p.kids.push_back(tid);
    const ExprId row = static_cast<ExprId>(p.exprs.size() - 1);
    cx_.note_read(a);
    const std::array<ExprId, 3> kids{row, size(0), scaled(j, 0)};
    declare_load(a, kids, shape(), style, 2);
  }
  loads_ = values_.size();
  ExprId e = read(acc + 1);
  if (rng_.chance(0.5)) e = unary(e);
  for (size_t k = acc + 2; k < loads_; ++k) e = bounded(binary(e, read(k)));
  e = bounded(e);
  if (sums_only) e = reduce(e, TileKind::Sum, false);
  if (!sums_only && rng_.chance(0.3))
    axpy_in_loop(acc, e, count);
  else
    add_in_loop(acc, e, count);

  if (out != kNoVar) store(out, read(acc), scaled_tid(0, 0), kNoExpr);
  if (sums != kNoVar) store_reduction(sums, sums_only ? read(acc) : reduce(read(acc), TileKind::Sum, false));
  finish();
}

}  // namespace detail

std::span<const TileOp> tile_ops() {
  return kTileOps;
}

void build_tile_kernel(Context& cx, ExprBuilder& ex, const std::string& name) {
  detail::TileKernel(cx, ex).build(name);
}

}  // namespace ws::gen
