// Tile kernels (the `tiles` preset): each thread block loads whole tiles of its arrays, computes on
// them cooperatively and stores whole tiles back, the way Warp's tile examples and tests are written:
//
//   TILE = wp.constant(64)
//
//   @wp.kernel
//   def tiles_x1y2z3(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float),
//                    sums: wp.array(dtype=float)):
//       i = wp.tid()
//       a_tile = wp.tile_load(a, shape=TILE, offset=i * TILE)
//       b_tile = wp.tile_load(b, shape=TILE, offset=i * TILE)
//       t = wp.tile_map(wp.sin, a_tile) + b_tile * 0.5
//       wp.tile_store(out, t, offset=i * TILE)
//       wp.tile_store(sums, wp.tile_sum(t), offset=i)
//
// Seven layouts: 1-D tiles over a 1-D launch, row blocks (2-D tiles at offset (i * TM, 0)) over a 1-D
// launch, 2-D tiles over a 2-D launch (with transposed stores), block reductions of per-lane values
// (`i, lane = wp.tid()`, `t = wp.tile(x)`, `wp.tile_extract(wp.tile_sum(t), 0)`, `wp.untile(...)`), and
// accumulation over a row (`acc = wp.tile_zeros(...)`, then `acc += ...` of each tile of `a[i]` in a loop), and a GEMM
// (`acc += wp.tile_matmul(a, b)` over the K tiles of a block's row of A and column of B, or one product), and a
// block's SPD system (`wp.tile_diag_add` of S S, `wp.tile_cholesky`, `wp.tile_cholesky_solve` or the triangular
// solves, or their in-place forms). The kernel is
// launched with wp.launch_tiled(kernel, dim=..., block_dim=kTileBlockDim); its contract (gen/contract.h) gives each
// array's shape in tiles per launch index, so every tile a block loads or stores lies inside its array,
// and each output tile has one owner (no races, no element stored twice). Element ranges are tracked
// as everywhere else (gen/range.h): a value that could grow too large goes through wp.tanh first.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "gen/expr.h"

namespace ws::gen {

// Warp's default module block_dim, which every record's code is generated for: the contract's launch.
inline constexpr int kTileBlockDim = 256;

// The GEMM tile shapes (M, K, N) a Layout::Gemm kernel draws from, float32 only. Warp's CUDA codegen
// compiles three cuBLASDx LTOs through libmathdx (30-60 s each, cached under ~/.cache/warp/<version>/lto)
// for each distinct (M, N, K, dtypes, block_dim) of wp.tile_matmul, and the tests and `warpsynth diff`
// run real Warp: so the set is small and fixed (two configurations at kTileBlockDim), the first the
// one tests/native_cases/tiles_matmul.py already compiles.
struct GemmShape {
  uint16_t m, k, n;
};
inline constexpr GemmShape kGemmShapes[] = {{16, 8, 16}, {16, 16, 16}};

// The FFT lengths of a Layout::Spectral kernel: at kTileBlockDim, Warp's CUDA codegen compiles one cuFFTDx
// LTO per (length, direction, precision), and the native backend knows the shared memory of these
// (codegen/adjoint_tile_fft.cpp).
inline constexpr uint16_t kFftSizes[] = {512, 1024};

// The side of a Layout::Solve kernel's square tile (float32, one right-hand side): as for the GEMMs, one
// fixed size keeps Warp's cuSolverDx LTOs (potrf, potrs, trsm, and the GEMM of A A) to one set.
inline constexpr uint16_t kSolveSize = 8;

// What an ExprKind::Tile computes; its ref is the row of tile_ops() of that kind.
// Tile, Untile and Extract move values between a block's lanes and a tile (wp.tile(x), wp.untile(t),
// wp.tile_extract(t, 0)); Untile and Extract have scalar results.
enum class TileKind : uint8_t {
  Load,
  Store,
  Add,
  Sub,
  Mul,
  Neg,
  Map,
  Sum,
  Max,
  Min,
  Transpose,
  Arange,  // wp.tile_arange(TILE, dtype=float); of dtype=int where its TileValue::callee is 1
  Ones,
  Tile,
  Untile,
  Extract,
  Zeros,
  BlockDim,   // wp.block_dim(): the lanes of the block, an int
  AtomicAdd,  // a statement, as Store: wp.tile_atomic_add(total, s) (StmtKind::TileStore with op 1)
  Reduce,     // wp.tile_reduce(wp.add, t): a whole-tile Sum, Max or Min (TileValue::callee) by its operator
  Matmul,     // wp.tile_matmul(a, b): the block's product of an M x K and a K x N tile (kGemmShapes)
  // The linear-algebra builtins of a Layout::Solve kernel (tiles.cpp solve()): values, then the in-place
  // forms, statements (StmtKind::TileCall) on the factor and the right-hand side.
  Cholesky,              // wp.tile_cholesky(a): the lower factor L of an SPD tile
  CholeskySolve,         // wp.tile_cholesky_solve(L, b)
  LowerSolve,            // wp.tile_lower_solve(L, b)
  UpperSolve,            // wp.tile_upper_solve(U, z)
  DiagAdd,               // wp.tile_diag_add(a, d): d added to a's diagonal
  CholeskyInplace,       // wp.tile_cholesky_inplace(a)
  CholeskySolveInplace,  // wp.tile_cholesky_solve_inplace(L, b)
  LowerSolveInplace,     // wp.tile_lower_solve_inplace(L, b)
  UpperSolveInplace,     // wp.tile_upper_solve_inplace(U, b)
  Full,                  // wp.tile_full(shape=TILE, value=0.5, dtype=float): kids the shape, then the value
  Argmax,                // wp.tile_argmax(t): the index of the largest element, an int32 tile of one element
  Argmin,
  Reshape,        // wp.tile_reshape(t, shape=(R, C)): kids the tile, then the new shape
  Broadcast,      // wp.tile_broadcast(t, shape=(TM, TN)): kids the tile, then the target shape
  View,           // wp.tile_view(t, offset=(k,), shape=(n,)): kids the 1-D tile, its offset and the view's length
  ScanInclusive,  // wp.tile_scan_inclusive(t): the prefix sums of a tile, of its shape
  ScanExclusive,
  Sort,  // a statement: wp.tile_sort(keys, values) (StmtKind::TileStore with op 2, var the keys' local)
  Axpy,  // a statement: wp.tile_axpy(alpha, t, acc) (StmtKind::TileStore with op 3: e1 alpha, e0 t, var acc)
  // The in-place FFTs of a Layout::Spectral kernel (tile_linalg.cpp spectral()): statements
  // (StmtKind::TileCall) on a tile of complex numbers (vec2f or vec2d).
  Fft,   // wp.tile_fft(t)
  Ifft,  // wp.tile_ifft(t)
  // A 1-D tile joined from two (tile_shapes.cpp joined()): wp.tile_empty(shape=2 * TILE, dtype=float), then
  // wp.tile_assign(dst, src, offset=(k,)) statements (StmtKind::TileCall, e2 the offset) filling it.
  Empty,
  Assign,
};

struct TileOp {
  TileKind kind;
  std::string_view key;  // the builtin's key in Warp's builtins.py ("tile_load"); an operator's spelling ("+")
  uint8_t prec;          // Python precedence of the printed form (gen/ops.h)
  // A whole-tile reduction's operator as wp.tile_reduce takes it ("add" for tile_sum); empty for others.
  std::string_view reduce_op = {};
  bool builtin() const { return prec == kPrecAtom; }
};

// Every tile row, indexed by TileKind.
std::span<const TileOp> tile_ops();

// ExprKind::Tile's value: the tile's shape (cols 0 for a 1-D tile); a map's callee, a row of ops()
// (wp.sin) or a @wp.func's index in Program::funcs; a sum's axis + 1 (0: the whole tile).
struct TileValue {
  uint16_t rows = 0, cols = 0;
  uint16_t callee = 0;
  bool helper = false;
  uint8_t axis = 0;

  int64_t pack() const {
    return static_cast<int64_t>(rows) | static_cast<int64_t>(cols) << 16 | static_cast<int64_t>(callee) << 32 |
           static_cast<int64_t>(helper) << 48 | static_cast<int64_t>(axis) << 49;
  }
  static TileValue unpack(int64_t v) {
    return {static_cast<uint16_t>(v), static_cast<uint16_t>(v >> 16), static_cast<uint16_t>(v >> 32),
            static_cast<bool>(v >> 48 & 1), static_cast<uint8_t>(v >> 49 & 0xff)};
  }
};

// The kernel (the program's last function) of a tile module: signature, wp.tid(), loads, the tile
// computation and the stores. The module's constants and @wp.func helpers (unary float functions the
// kernel may map over a tile) are already built.
void build_tile_kernel(Context& cx, ExprBuilder& ex, const std::string& name);

}  // namespace ws::gen
