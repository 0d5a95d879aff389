// The tile kernel builder's linear-algebra layouts (tile_kernel.h): a block's GEMM tile with
// wp.tile_matmul, and an SPD system factored and solved with the tile Cholesky and triangular solves.
#include <array>
#include <cmath>
#include <vector>

#include "gen/tile_kernel.h"

namespace ws::gen::detail {

// A block's M x N tile of C = A B over a 2-D launch, as Warp's example_tile_matmul.py writes it:
//   i, j = wp.tid()
//   acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)
//   for k in range(NUM_TILES):
//       a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))
//       b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))
//       acc += wp.tile_matmul(a, b)
//   wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))
// or one product (`c = wp.tile_matmul(a, b)` of the tiles at (i * TILE_M, 0) and (0, j * TILE_N)), then
// maybe a bias tile, a scale or a map of the result. With
// a launch (L0, L1) and NUM_TILES * TILE_K = K, the contract gives A (L0 * TILE_M, K) ({"tile": [TILE_M,
// K], "axes": [0, 2]}), B (K, L1 * TILE_N) and C (L0 * TILE_M, L1 * TILE_N): every load lies inside its
// array and each block stores its own tile of C. An element of C sums K products of the contract's data.
void TileKernel::gemm() {
  Program& prog = cx_.prog;
  const bool loop = rng_.chance(0.6);
  const int64_t count = loop ? rng_.pick(std::span<const int64_t>(kTileCounts)) : 1;
  const auto depth = static_cast<uint16_t>(count * gemm_.k);
  const VarId a = array(NameKind::Input, 2, gemm_.m, depth, {0, 2});
  const VarId b = array(NameKind::Input, 2, depth, gemm_.n, {2, 1});
  const VarId c = array(NameKind::Output, 2, gemm_.m, gemm_.n);
  const ExprId k_size = k_var_ != kNoVar ? ex_.var(k_var_) : ex_.int_literal(gemm_.k);
  const ExprId stop = loop ? loop_count(count) : kNoExpr;

  prog.funcs.back().stmt_begin = static_cast<uint32_t>(prog.stmts.size());
  prog.stmts.push_back(Stmt{StmtKind::Tid, 1, 2, cx_.tid[0]});
  size_t acc = 0;
  ExprId k_offset = ex_.int_literal(0);
  uint8_t indent = 1;
  if (loop) {
    const std::array<ExprId, 2> zero_kids{size(0), size(1)};
    declare(kAccNames, make(TileKind::Zeros, zero_kids, shape(), {0, 0}), shape());
    acc = values_.size() - 1;
    const VarId k =
        cx_.add_var(cx_.namer.role(rng_, kLoopNames), kInt32, 0, Role::LoopVar, {0, static_cast<double>(count - 1)});
    prog.stmts.push_back(Stmt{StmtKind::For, 1, 0, k, stop});
    const std::array<ExprId, 2> kids{ex_.var(k), k_size};
    k_offset = ex_.make_op(op_row("*", TClass::NumScalar), kInt32, kids);
    indent = 2;
  }
  const int style = static_cast<int>(rng_.range(0, 2));
  const auto load_tile = [&](VarId array, TileValue v, std::array<ExprId, 4> dims) {
    const std::array<ExprId, 5> kids{ex_.var(array), dims[0], dims[1], dims[2], dims[3]};
    return read(declare_load(array, kids, v, style, indent));
  };
  const ExprId ta = load_tile(a, {gemm_.m, gemm_.k}, {size(0), k_size, scaled_tid(0, 0), k_offset});
  const ExprId tb = load_tile(b, {gemm_.k, gemm_.n}, {k_size, size(1), k_offset, scaled_tid(1, 1)});
  const double m = range(ta).mag() * range(tb).mag() * gemm_.k;
  const std::array<ExprId, 2> kids{ta, tb};
  const ExprId product = make(TileKind::Matmul, kids, shape(), {-m, m});
  ExprId result = product;
  if (loop) {
    add_in_loop(acc, product, count);
    result = read(acc);
  } else if (rng_.chance(0.5)) {
    declare(kValueNames, product, shape());
    result = read(values_.size() - 1);
  }
  // An epilogue, as GEMM kernels end: a bias tile of C's shape added (or combined), a scale or an
  // activation (wp.tile_map(wp.tanh, c)), each step on the value before it.
  indent = 1;
  if (rng_.chance(0.3)) {
    const VarId bias = array(NameKind::Input, 2, gemm_.m, gemm_.n);
    result = bounded(binary(result, load_tile(bias, shape(), {size(0), size(1), scaled_tid(0, 0), scaled_tid(1, 1)})));
  }
  if (rng_.chance(0.5)) result = unary(result);
  if (result != product && cx_.prog.exprs[result].kind != ExprKind::Var && rng_.chance(0.5)) {
    declare(kValueNames, result, shape());
    result = read(values_.size() - 1);
  }
  store(c, result, scaled_tid(0, 0), scaled_tid(1, 1));
  finish();
}

// A block's symmetric positive-definite system, factored and solved, as Warp's Cholesky examples and
// newton's solvers write it (example_tile_cholesky.py, featherstone's tile_diag_add then tile_cholesky):
//   i = wp.tid()
//   a_tile = wp.tile_load(A, shape=(N, N), offset=(i * N, 0))
//   b_tile = wp.tile_load(b, shape=N, offset=i * N)
//   sym = a_tile + wp.tile_transpose(a_tile)
//   spd = wp.tile_diag_add(wp.tile_matmul(sym, sym), wp.tile_ones(shape=N, dtype=float))
//   L = wp.tile_cholesky(spd)
//   x = wp.tile_cholesky_solve(L, b_tile)          # or tile_lower_solve, then tile_upper_solve of L^T
//   wp.tile_store(out, x, offset=i * N)
// or in place (wp.tile_cholesky_inplace(spd), then wp.tile_cholesky_solve_inplace(spd, b_tile) or the
// two triangular solves in place, and b_tile stored); the factor may be stored too, the diagonal scaled
// (c I, c a positive literal), the solution scaled or mapped. S S + c I, with S symmetric, is exactly SPD
// with eigenvalues in [c, c + (2 N)^2] for the contract's data in [-1, 1] (S's entries in [-2, 2]), so
// the factorization succeeds in float32 and every solution has |x|_2 <= |b|_2 / min(c, sqrt(c)) <=
// sqrt(N) / c for c <= 1 (A's smallest eigenvalue is c, L's smallest singular value sqrt(c)).
// The launch (L0,) gives A (L0 * N, N), b and out (L0 * N,): each block reads and writes its own tiles.
void TileKernel::solve() {
  Program& prog = cx_.prog;
  const uint16_t n = kSolveSize;
  const TileValue square{n, n}, column{n, 0};
  const VarId a = array(NameKind::Input, 2, n, n);
  const VarId b = array(NameKind::Input, 1, n, 0);
  const VarId out = array(NameKind::Output, 1, n, 0);
  const VarId factor_out = rng_.chance(0.25) ? array(NameKind::Output, 2, n, n) : kNoVar;
  static constexpr std::array<double, 4> kForms = {3, 2, 1.5, 1.5};
  const size_t form = rng_.weighted(kForms);  // solve, two triangular solves, and each in place
  const bool inplace = form >= 2, triangular = form == 1 || form == 3;

  prog.funcs.back().stmt_begin = static_cast<uint32_t>(prog.stmts.size());
  prog.stmts.push_back(Stmt{StmtKind::Tid, 1, 1, cx_.tid[0]});
  const int style = static_cast<int>(rng_.range(0, 2));
  std::vector<ExprId> a_kids{ex_.var(a), size(0), size(1), scaled_tid(0, 0), ex_.int_literal(0)};
  const size_t ta = declare_load(a, a_kids, square, style, 1);
  const std::array<ExprId, 3> b_kids{ex_.var(b), size(0), scaled_tid(0, 0)};
  const size_t tb = declare_load(b, b_kids, column, style, 1);

  const double lim = data_range(kFloat32).mag();
  const ExprId at = read(ta);
  const ExprId transposed = make(TileKind::Transpose, std::span<const ExprId>(&at, 1), square, range(at));
  const std::array<ExprId, 2> sym_kids{read(ta), transposed};
  declare(kSymNames, make(TileKind::Add, sym_kids, square, {-2 * lim, 2 * lim}), square);
  const size_t sym = values_.size() - 1;
  const double gram = 4 * lim * lim * n;
  const std::array<ExprId, 2> mm_kids{read(sym), read(sym)};
  ExprId product = make(TileKind::Matmul, mm_kids, square, {-gram, gram});
  if (rng_.chance(0.3)) {
    declare(kGramNames, product, square);
    product = read(values_.size() - 1);
  }
  // the diagonal added: ones, or ones scaled by a positive literal (a regularization)
  const std::array<ExprId, 1> ones_kids{size(0)};
  ExprId diag = make(TileKind::Ones, ones_kids, column, {1, 1});
  double shift = 1;
  if (rng_.chance(0.4)) {
    const auto& c = rng_.pick(std::span<const std::array<double, 2>>(kShifts));
    shift = c[0] / std::pow(10.0, c[1]);
    const std::array<ExprId, 2> kids{
        diag, ex_.float_literal(kFloat32, static_cast<int64_t>(c[0]), static_cast<uint8_t>(c[1]))};
    diag = make(TileKind::Mul, kids, column, {shift, shift});
  }
  if (rng_.chance(0.3)) {
    declare(kDiagNames, diag, column);
    diag = read(values_.size() - 1);
  }
  const std::array<ExprId, 2> diag_kids{product, diag};
  declare(kSpdNames, make(TileKind::DiagAdd, diag_kids, square, {-gram, gram + shift}), square);
  const size_t spd = values_.size() - 1;
  const double root = std::sqrt(gram + shift),
               bound = std::sqrt(static_cast<double>(n)) * lim / std::min(shift, std::sqrt(shift));
  const Range solution{-bound, bound};

  const auto call = [&](TileKind kind, ExprId e0, ExprId e1) {
    prog.stmts.push_back(Stmt{StmtKind::TileCall, 1, static_cast<uint16_t>(kind), 0, e0, e1});
  };
  const auto transpose = [&](size_t value) {
    const ExprId t = read(value);
    return make(TileKind::Transpose, std::span<const ExprId>(&t, 1), square, range(t));
  };
  size_t result = tb, l = spd;
  if (inplace) {
    call(TileKind::CholeskyInplace, read(spd), kNoExpr);
    if (triangular) {
      call(TileKind::LowerSolveInplace, read(spd), read(tb));
      call(TileKind::UpperSolveInplace, transpose(spd), read(tb));
    } else {
      call(TileKind::CholeskySolveInplace, read(spd), read(tb));
    }
  } else {
    const ExprId m = read(spd);
    declare(kFactorNames, make(TileKind::Cholesky, std::span<const ExprId>(&m, 1), square, {-root, root}), square);
    l = values_.size() - 1;
    if (triangular) {
      const std::array<ExprId, 2> lower_kids{read(l), read(tb)};
      declare(kForwardNames, make(TileKind::LowerSolve, lower_kids, column, solution), column);
      const std::array<ExprId, 2> upper_kids{transpose(l), read(values_.size() - 1)};
      declare(kSolutionNames, make(TileKind::UpperSolve, upper_kids, column, solution), column);
    } else {
      const std::array<ExprId, 2> kids{read(l), read(tb)};
      declare(kSolutionNames, make(TileKind::CholeskySolve, kids, column, solution), column);
    }
    result = values_.size() - 1;
  }
  // maybe an epilogue on the solution (a scale, a map), as on any 1-D tile
  ExprId x = read(result);
  if (rng_.chance(0.35)) {
    dims_ = {n, 0};
    x = unary(x);
  }
  store(out, x, scaled_tid(0, 0), kNoExpr);
  if (factor_out != kNoVar) store(factor_out, read(l), scaled_tid(0, 0), ex_.int_literal(0));
  finish();
}

}  // namespace ws::gen::detail

namespace ws::gen::detail {

// A block's rows of complex signals (vec2f or vec2d: re, im) transformed along the row with the tile FFTs,
// as Warp's example_tile_fft.py and example_tile_convolution.py write them:
//   i = wp.tid()
//   x_tile = wp.tile_load(x, shape=(ROWS, N), offset=(i * ROWS, 0))
//   wp.tile_fft(x_tile)
//   spec = wp.tile_map(wp.cw_mul, x_tile, f_tile)     # a filter applied in frequency space
//   wp.tile_ifft(spec)
//   wp.tile_store(y, spec, offset=(i * ROWS, 0))
// or the spectrum alone (tile_fft, then the store, and or its power: wp.tile_map(wp.length_sq, x_tile) in a
// float array), or a signal synthesized from a spectrum (tile_ifft).
// The launch (L0,) gives each array (L0 * ROWS, N): each block transforms and stores its own rows. An
// unnormalized transform of N components in [-1, 1] has components within 2 N, a filtered round trip
// within 4 N^2 (4.2e6 for N = 1024): finite, and its gradient so too.
void TileKernel::spectral() {
  Program& prog = cx_.prog;
  const TypeId type = rng_.chance(0.6) ? kVec2 : kVec2d;
  static constexpr std::array<double, 3> kModes = {3, 2, 1};  // round trip, spectrum, synthesis
  const size_t mode = rng_.weighted(kModes);
  const bool filter = mode == 0 && rng_.chance(0.7);
  using Names = std::span<const std::string_view>;
  const VarId x = array(NameKind::Input, 2, dims_[0], dims_[1], {0, 1}, type,
                        mode == 2 ? Names(kSpectrumOutNames) : Names(kSignalNames));
  const VarId f = filter ? array(NameKind::Input, 2, dims_[0], dims_[1], {0, 1}, type, kFilterNames) : kNoVar;
  // the spectrum's power |X_k|^2 may be stored too, or instead (a float array of the tile's shape)
  const bool power_only = mode == 1 && rng_.chance(0.3);
  const VarId power = mode == 1 && (power_only || rng_.chance(0.3))
                          ? array(NameKind::Output, 2, dims_[0], dims_[1], {0, 1}, info(type).scalar, kPowerNames)
                          : kNoVar;
  const VarId y = power_only ? kNoVar
                             : array(NameKind::Output, 2, dims_[0], dims_[1], {0, 1}, type,
                                     mode == 1 ? Names(kSpectrumOutNames) : Names(kSignalOutNames));

  prog.funcs.back().stmt_begin = static_cast<uint32_t>(prog.stmts.size());
  prog.stmts.push_back(Stmt{StmtKind::Tid, 1, 1, cx_.tid[0]});
  const int style = static_cast<int>(rng_.range(0, 2));
  const auto load_rows = [&](VarId a) {
    const std::array<ExprId, 5> kids{ex_.var(a), size(0), size(1), scaled_tid(0, 0), ex_.int_literal(0)};
    return declare_load(a, kids, shape(), style, 1);
  };
  const auto call = [&](TileKind kind, size_t value) {
    prog.stmts.push_back(Stmt{StmtKind::TileCall, 1, static_cast<uint16_t>(kind), 0, read(value)});
  };
  size_t t = load_rows(x);
  const size_t g = f != kNoVar ? load_rows(f) : 0;
  const double n = dims_[1];
  call(mode == 2 ? TileKind::Ifft : TileKind::Fft, t);
  if (filter) {
    static const uint16_t cw_mul = op_row("cw_mul", TClass::Vec);
    const std::array<ExprId, 2> kids{read(t), read(g)};
    declare(kSpectrumNames, make(TileKind::Map, kids, {dims_[0], dims_[1], cw_mul}, {-2 * n, 2 * n}, type), shape());
    t = values_.size() - 1;
  }
  if (mode == 0) call(TileKind::Ifft, t);
  if (power != kNoVar) {  // |X_k|^2: wp.tile_map(wp.length_sq, t), within (2 N)^2 * 2
    static const uint16_t length_sq = op_row("length_sq", TClass::Vec);
    const ExprId kid = read(t);
    const ExprId p = make(TileKind::Map, std::span<const ExprId>(&kid, 1), {dims_[0], dims_[1], length_sq},
                          {0, 8 * n * n}, info(type).scalar);
    store(power, p, scaled_tid(0, 0), ex_.int_literal(0));
  }
  if (y != kNoVar) store(y, read(t), scaled_tid(0, 0), ex_.int_literal(0));
  finish();
}

}  // namespace ws::gen::detail
