// The tile kernel builder behind build_tile_kernel (gen/tiles.h), shared by the files that write its
// layouts: tiles.cpp (the builder, whole-tile, lane and accumulate layouts), tile_shapes.cpp (the shape
// builtins: tile_full, tile_broadcast, tile_reshape, tile_view, tile_sort, ...) and tile_linalg.cpp (the
// GEMM, SPD-solve and FFT layouts). Internal to the generator.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gen/tiles.h"

namespace ws::gen::detail {

// The largest element magnitude a tile value may reach before it goes through wp.tanh: far inside
// float32, and a sum over the largest tile (1024 elements) and its gradient stay so too.
inline constexpr double kMaxElement = 64;

// Builtins a tile is mapped through (rows of ops(), bounded by gen/range.cpp), and the binary ones.
struct MapRow {
  std::string_view name;
  TClass cls;
};
inline constexpr MapRow kUnaryMaps[] = {{"sin", TClass::FloatScalar},
                                        {"cos", TClass::FloatScalar},
                                        {"tanh", TClass::FloatScalar},
                                        {"abs", TClass::SignedScalar},
                                        {"exp", TClass::FloatScalar}};
inline constexpr std::string_view kBinaryMaps[] = {"max", "min"};
inline constexpr std::array<double, 2> kScales[] = {{5, 1},  {25, 2}, {2, 0},
                                                    {15, 1}, {1, 1},  {-5, 1}};  // mantissa, decimals

// Reductions added into one accumulator shared by all blocks (wp.tile_atomic_add), not stored per block.
inline constexpr double kSharedTotal = 0.3;

// Tile sizes people pick: powers of two, a 1-D tile up to the block, a 2-D one up to 32 x 32.
inline constexpr uint16_t kRowSizes[] = {16, 32, 64, 128, 256};
inline constexpr uint16_t kSideSizes[] = {4, 8, 16, 32};

inline constexpr std::string_view kSizeNames[] = {"TILE", "TILE_SIZE", "BLOCK_SIZE", "TILE_N"};
inline constexpr std::array<std::string_view, 2> kSideNames[] = {
    {"TILE_M", "TILE_N"}, {"TM", "TN"}, {"ROWS", "COLS"}, {"BLOCK_M", "BLOCK_N"}};
inline constexpr std::string_view kDepthNames[] = {"TILE_K", "TK", "DEPTH", "BLOCK_K"};  // K, by kSideNames' row
inline constexpr std::string_view kTidNames[] = {"i", "tid", "bid", "tile_id"};
inline constexpr std::string_view kValueNames[] = {"t", "vals", "res", "y", "blk", "chunk", "u", "z"};
inline constexpr std::string_view kSumNames[] = {"s", "total", "partial", "acc"};
inline constexpr std::string_view kMaxNames[] = {"peak", "hi", "mx"};
inline constexpr std::string_view kMinNames[] = {"lo", "low", "mn"};
inline constexpr std::string_view kTransposeNames[] = {"tt", "t_T", "flipped"};
inline constexpr std::string_view kScaleNames[] = {"alpha", "scale", "gain", "beta", "weight", "k"};

// 1-D tiles over a 1-D launch; row blocks (TM x TN tiles at (i * TM, 0)) over a 1-D launch; 2-D tiles
// at (i * TM, j * TN) over a 2-D launch.
// Lanes: one value per lane of a 1-D launch's blocks, gathered with wp.tile(x).
// Accumulate: a block sums the tiles of its row of a 2-D array into a tile of zeros, in a loop.
// Gemm: a block's M x N tile of C = A B, over a 2-D launch (gemm()).
// Solve: a block's SPD system, factored and solved (solve()), over a 1-D launch.
// Spectral: a block's rows of complex signals through the tile FFTs (spectral()), over a 1-D launch.
enum class Layout : uint8_t { Row, Rows, Grid, Lanes, Accumulate, Gemm, Solve, Spectral };
inline constexpr std::string_view kSolveSizeNames[] = {"N", "DIM", "TILE", "TILE_N"};
inline constexpr std::string_view kSymNames[] = {"sym", "s", "a_sym"};
inline constexpr std::string_view kSpdNames[] = {"spd", "m", "H", "gram"};
inline constexpr std::string_view kFactorNames[] = {"L", "chol", "factor"};
inline constexpr std::string_view kForwardNames[] = {"z", "y", "fwd"};
inline constexpr std::string_view kSolutionNames[] = {"x", "sol", "x_tile"};
inline constexpr std::string_view kGramNames[] = {"gram_t", "ssT", "prod"};
inline constexpr std::string_view kDiagNames[] = {"diag", "reg", "d_tile"};
inline constexpr std::array<double, 2> kShifts[] = {{5, 1}, {2, 0}, {15, 1}, {1, 2}, {25, 2}};  // mantissa, decimals
inline constexpr std::array<std::string_view, 2> kFftSizeNames[] = {
    {"TILE_M", "TILE_N"}, {"ROWS", "N"}, {"BATCH", "FFT_SIZE"}, {"M", "N"}};
inline constexpr uint16_t kFftRows[] = {1, 2, 4};
inline constexpr std::string_view kSpectrumNames[] = {"spec", "freq", "filtered", "x_hat"};
inline constexpr std::string_view kSignalNames[] = {"x", "signal", "samples", "field", "data"};
inline constexpr std::string_view kFilterNames[] = {"f", "filt", "response", "kernel_hat", "weights"};
inline constexpr std::string_view kSignalOutNames[] = {"y", "out", "result", "output"};
inline constexpr std::string_view kSpectrumOutNames[] = {"spectrum", "freqs", "out_hat", "coeffs"};
inline constexpr std::string_view kPowerNames[] = {"power", "psd", "energy", "mag_sq"};
inline constexpr std::string_view kLoopNames[] = {"j", "k", "step", "chunk_id"};
inline constexpr std::string_view kAccNames[] = {"acc", "accum", "total_t", "sum_t"};
inline constexpr std::string_view kCountNames[] = {"NUM_TILES", "STEPS", "NUM_CHUNKS", "NUM_BLOCKS"};
inline constexpr int64_t kTileCounts[] = {2, 3, 4, 8};
inline constexpr std::array<std::string_view, 2> kLaneNames[] = {
    {"i", "lane"}, {"i", "j"}, {"block", "lane"}, {"b", "t"}};

class TileKernel {
 public:
  TileKernel(Context& cx, ExprBuilder& ex) : cx_(cx), ex_(ex), rng_(cx.rng) {}
  void build(const std::string& name);

 private:
  struct Value {
    VarId var;
    bool read = false;
    bool aux = false;  // not of the kernel's tile shape (a bias row)
  };
  bool two_d() const { return dims_[1] != 0; }
  TileValue shape() const { return {dims_[0], dims_[1]}; }
  Range range(ExprId e) const { return cx_.prog.exprs[e].range; }

  ExprId make(TileKind kind, std::span<const ExprId> kids, TileValue v, Range r, TypeId type = kFloat32);
  void sizes();
  ExprId size(int d) { return size_var_[d] != kNoVar ? ex_.var(size_var_[d]) : ex_.int_literal(dims_[d]); }
  ExprId scaled(VarId v, int d);  // v * size(d): a tile's offset along axis d
  ExprId scaled_tid(int axis, int d) { return scaled(cx_.tid[axis], d); }
  // An array parameter of whole tiles, of dtype `type`, named from `names` (else a fresh name of its kind).
  VarId array(NameKind kind, uint8_t ndim, uint16_t t0, uint16_t t1, std::array<uint8_t, 2> axes = {0, 1},
              TypeId type = kFloat32, std::span<const std::string_view> names = {});
  void store(VarId array, ExprId tile, ExprId off0, ExprId off1);
  VarId reduction_array(bool shared);
  void store_reduction(VarId array, ExprId tile);
  void declare(std::span<const std::string_view> pool, ExprId value, TileValue v, uint8_t indent = 1);
  ExprId read(size_t value);

  ExprId map(ExprId e, uint16_t callee, bool helper, Range r);
  ExprId unary(ExprId e);
  ExprId binary(ExprId a, ExprId b);
  ExprId bounded(ExprId e);
  ExprId operand();
  ExprId scale(ExprId e);
  ExprId reduce(ExprId e, TileKind kind, bool rows);
  // Shape builtins (tile_full, tile_broadcast, tile_reshape, tile_argmax/argmin), each in its own step.
  ExprId full();
  ExprId bias_row();
  ExprId centered(size_t value);
  ExprId segment_sums(ExprId e, uint16_t cols);
  VarId index_array();
  ExprId folded(size_t value);
  void joined(size_t value, VarId out);
  void sort(size_t value, VarId out);
  void load(VarId array, int style);
  // a = wp.tile_load(...) of shape v (kids: the array or row, the shape, the offset), of the array's dtype,
  // its local named after the array; returns the local's value index
  size_t declare_load(VarId array, std::span<const ExprId> kids, TileValue v, int style, uint8_t indent);
  void lanes();
  void accumulate();
  void gemm();
  void solve();
  void spectral();
  ExprId loop_count(int64_t count);  // a loop's trip count: a literal, or a module constant holding it
  // values_[acc] += e inside a loop of `count` trips (at indent 2): its range, count terms of e's
  void add_in_loop(size_t acc, ExprId e, int64_t count);
  void axpy_in_loop(size_t acc, ExprId e, int64_t count);  // the same, scaled: wp.tile_axpy(alpha, e, acc)
  VarId local(ExprId value);                               // a float local of the kernel: name = value
  void finish() { cx_.prog.funcs.back().stmt_end = static_cast<uint32_t>(cx_.prog.stmts.size()); }

  Context& cx_;
  ExprBuilder& ex_;
  Rng& rng_;
  Layout layout_ = Layout::Row;
  std::array<uint16_t, 2> dims_{};
  std::array<VarId, 2> size_var_{kNoVar, kNoVar};
  GemmShape gemm_{};           // Layout::Gemm: the product's tile sizes
  VarId k_var_ = kNoVar;       // Layout::Gemm: K's module constant, if K is spelled through one
  std::vector<Value> values_;  // the tile locals in order: the loads first
  size_t loads_ = 0;
  VarId scale_ = kNoVar;
  int helper_ = -1;  // the unary @wp.func this kernel may map, if any
};

}  // namespace ws::gen::detail
