// The tile kernel builder's shape steps (tile_kernel.h): tile_full, tile_broadcast of a bias row or
// a maximum, tile_reshape into segment sums, the halves of a tile_view, tile_sort with its permutation, two
// tiles joined with tile_empty and tile_assign.
#include <array>
#include <cmath>
#include <vector>

#include "gen/tile_kernel.h"

namespace ws::gen::detail {

// A constant tile of the value's shape: wp.tile_full(shape=(TM, TN), value=0.5, dtype=float).
ExprId TileKernel::full() {
  static constexpr std::array<double, 2> kValues[] = {{5, 1}, {25, 2}, {2, 0}, {15, 1}, {1, 1}};
  const auto& k = rng_.pick(std::span<const std::array<double, 2>>(kValues));
  const ExprId value = ex_.float_literal(kFloat32, static_cast<int64_t>(k[0]), static_cast<uint8_t>(k[1]));
  std::vector<ExprId> kids{size(0)};
  if (two_d()) kids.push_back(size(1));
  kids.push_back(value);
  return make(TileKind::Full, kids, shape(), range(value));
}

// A bias row added to every row of a 2-D tile, as GEMM epilogues and layers write it:
//   row = wp.tile_load(bias, shape=TN, offset=j * TN)      (shape=TN alone over a 1-D launch)
//   t = x + wp.tile_broadcast(row, shape=(TM, TN))
// The bias is one TN row per column block (the contract's {"tile": [TN], "axes": [1]}), or one row of
// TN that every block reads ("axes": [2], not a launch axis).
ExprId TileKernel::bias_row() {
  const bool grid = layout_ == Layout::Grid;
  const VarId bias = array(NameKind::Input, 1, dims_[1], 0, {static_cast<uint8_t>(grid ? 1 : 2), 1});
  std::vector<ExprId> kids{ex_.var(bias), size(1)};
  if (grid) kids.push_back(scaled_tid(1, 1));
  const std::string name = cx_.prog.vars[bias].name + "_row";  // the pool's view must outlive declare()
  const std::array<std::string_view, 1> pool{name};
  const TileValue row{dims_[1], 0};
  declare(pool, make(TileKind::Load, kids, row, data_range(kFloat32)), row);
  values_.back().aux = true;
  const std::array<ExprId, 3> target{read(values_.size() - 1), size(0), size(1)};
  return make(TileKind::Broadcast, target, shape(), data_range(kFloat32));
}

// e less its largest element, as a stable softmax starts (e a local, read twice):
//   wp.tile_map(wp.exp, t - wp.tile_broadcast(wp.tile_max(t), shape=(TILE,)))
ExprId TileKernel::centered(size_t value) {
  static const uint16_t exp = op_row("exp", TClass::FloatScalar);
  const ExprId e = read(value);
  const Range r = range(e);
  const ExprId peak = make(TileKind::Max, std::span<const ExprId>(&e, 1), TileValue{1, 0}, r);
  std::vector<ExprId> kids{peak, size(0)};
  if (two_d()) kids.push_back(size(1));
  const ExprId wide = make(TileKind::Broadcast, kids, shape(), r);
  const std::array<ExprId, 2> diff{read(value), wide};
  const Range d{r.lo - r.hi, 0};
  const ExprId c = make(TileKind::Sub, diff, shape(), d);
  if (d.lo >= -kMaxElement && rng_.chance(0.6)) return map(c, exp, false, {0, 1});
  return c;
}

// The sums of each run of `cols` elements of a 1-D tile, through a 2-D view of it:
//   wp.tile_sum(wp.tile_reshape(t, shape=(TILE // cols, cols)), axis=1)
// spelled with the row count as a literal, or -1 for Warp to infer.
ExprId TileKernel::segment_sums(ExprId e, uint16_t cols) {
  const auto rows = static_cast<uint16_t>(dims_[0] / cols);
  const std::array<ExprId, 3> kids{e, ex_.int_literal(rng_.chance(0.4) ? -1 : rows), ex_.int_literal(cols)};
  const TileValue grid{rows, cols};
  const ExprId m = make(TileKind::Reshape, kids, grid, range(e));
  const Range r = range(e);
  const double n = cols;
  return make(TileKind::Sum, std::span<const ExprId>(&m, 1), TileValue{rows, 0, 0, false, 2},
              {std::min(0.0, r.lo * n), std::max(0.0, r.hi * n)});
}

// The two halves of a 1-D tile added, one step of a tree reduction, through views of its halves:
//   lo = wp.tile_view(t, offset=(0,), shape=(32,))
//   hi = wp.tile_view(t, offset=(32,), shape=(32,))
//   wp.tile_store(halves, lo + hi, offset=i * 32)
ExprId TileKernel::folded(size_t value) {
  static constexpr std::string_view kLowNames[] = {"lo", "first", "left"};
  static constexpr std::string_view kHighNames[] = {"hi", "second", "right"};
  const auto half = static_cast<uint16_t>(dims_[0] / 2);
  const TileValue v{half, 0};
  const ExprId first = read(value);
  const Range r = range(first);
  const bool named = rng_.chance(0.6);
  std::array<ExprId, 2> halves{};
  for (int k = 0; k < 2; ++k) {
    const std::array<ExprId, 3> kids{k == 0 ? first : read(value), ex_.int_literal(k * half), ex_.int_literal(half)};
    halves[static_cast<size_t>(k)] = make(TileKind::View, kids, v, r);
    if (named) {
      declare(k == 0 ? std::span<const std::string_view>(kLowNames) : std::span<const std::string_view>(kHighNames),
              halves[static_cast<size_t>(k)], v);
      values_.back().aux = true;
      halves[static_cast<size_t>(k)] = read(values_.size() - 1);
    }
  }
  return make(TileKind::Add, halves, v, {2 * r.lo, 2 * r.hi});
}

// The value and the block's first loaded tile end to end in a tile of twice the length, as a block
// gathers pieces before one store:
//   both = wp.tile_empty(shape=128, dtype=float)
//   wp.tile_assign(both, t, offset=(0,))
//   wp.tile_assign(both, a_tile, offset=(TILE,))        (or a map of it, when t is that tile)
//   wp.tile_store(pairs, both, offset=i * 128)
// Every element of the empty tile is assigned before the store reads it.
void TileKernel::joined(size_t value, VarId out) {
  static constexpr std::string_view kJoinedNames[] = {"both", "joined", "pair", "cat"};
  const auto twice = static_cast<uint16_t>(2 * dims_[0]);
  const TileValue v{twice, 0};
  const ExprId length = ex_.int_literal(twice);
  const ExprId piece = read(value), other = value == 0 ? unary(read(0)) : read(0);
  declare(kJoinedNames, make(TileKind::Empty, std::span<const ExprId>(&length, 1), v, hull(range(piece), range(other))),
          v);
  const size_t both = values_.size() - 1;
  const auto assign = [&](ExprId e, ExprId at) {
    cx_.prog.stmts.push_back(
        Stmt{StmtKind::TileCall, 1, static_cast<uint16_t>(TileKind::Assign), 0, read(both), e, at});
  };
  assign(piece, ex_.int_literal(0));
  assign(other, size(0));
  const std::array<ExprId, 2> at{ex_.var(cx_.tid[0]), ex_.int_literal(twice)};
  store(out, read(both), ex_.make_op(op_row("*", TClass::NumScalar), kInt32, at), kNoExpr);
  finish();
}

// A tile sorted in place with the positions of its elements, as a block sorts its keys:
//   order = wp.tile_arange(TILE, dtype=int)
//   wp.tile_sort(t, order)
//   wp.tile_store(ranked, t, offset=i * TILE)
//   wp.tile_store(perm, order, offset=i * TILE)     (mostly: an int array of the tile's shape)
// The value sorted is a local no later statement reads but these stores.
void TileKernel::sort(size_t value, VarId out) {
  static constexpr std::string_view kOrderNames[] = {"order", "perm_t", "ids", "rank"};
  const ExprId stop = size(0);
  TileValue v = shape();
  v.callee = 1;  // dtype=int
  declare(kOrderNames,
          make(TileKind::Arange, std::span<const ExprId>(&stop, 1), v, {0, static_cast<double>(dims_[0] - 1)}, kInt32),
          shape());
  values_.back().aux = true;
  const size_t order = values_.size() - 1;
  cx_.prog.stmts.push_back(Stmt{StmtKind::TileStore, 1, 2, values_[value].var, read(order)});
  store(out, read(value), scaled_tid(0, 0), kNoExpr);
  if (rng_.chance(0.7)) {
    static constexpr std::string_view kPermNames[] = {"perm", "order_out", "ranks", "indices"};
    const VarId perm = cx_.add_param(cx_.namer.role(rng_, kPermNames), kInt32, 1, Role::Output, data_range(kInt32), 0);
    cx_.prog.vars[perm].tile = {dims_[0], 0};
    store(perm, read(order), scaled_tid(0, 0), kNoExpr);
  }
  finish();
}

// An int array of one element per block: where wp.tile_argmax / wp.tile_argmin store their index.
VarId TileKernel::index_array() {
  static constexpr std::string_view kIndexNames[] = {"idx", "best", "index", "arg_out", "where_max"};
  return cx_.add_param(cx_.namer.role(rng_, kIndexNames), kInt32, 1, Role::Output, data_range(kInt32), 0);
}

}  // namespace ws::gen::detail
