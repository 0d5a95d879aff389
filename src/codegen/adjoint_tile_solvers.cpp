// Warp 1.19.0's tile linear-algebra builtins (builtins.py, "Cholesky" and the triangular solves), whose
// lto_dispatch_func differs per device (ModuleBuild::device) as tile_matmul's does:
//   tile_cholesky(A, fill_mode)               wp::tile_cholesky<upper>, a new shared tile shaped as A
//   tile_cholesky_inplace(A, fill_mode)       wp::tile_cholesky_inplace<upper>, no result
//   tile_cholesky_solve(L, y, fill_mode)      wp::tile_cholesky_solve<upper>, a new shared tile shaped as y
//   tile_cholesky_solve_inplace(L, y, ...)    wp::tile_cholesky_solve_inplace<upper>
//   tile_lower_solve(L, y), tile_upper_solve(U, z) and their _inplace forms: namespace "" (no wp::)
//   tile_diag_add(a, d)                       wp::tile_diag_add(a, d, out), the same on every device
// Each moves its tile operands to shared storage. Only tile_cholesky and tile_lower_solve are
// differentiable; their adjoints take the template arguments (lto_dispatch_func).
//
// The CPU (output_arch None) passes 0 for each solver function (registered as constants after the
// result); CUDA (output_arch 75, libmathdx enabled in the reference environment) passes the cuSolverDx
// LTO symbols build_lto_solver names (plus, for tile_cholesky's adjoint, a cuBLASDx GEMM of build_lto_dot
// and a trsm; for tile_lower_solve's, a trsm), each declared after the module header (ltoirs_decl).
// Without enable_backward those adjoint symbols are the constant 0.
//
// Declined: other than float32/float64 tiles, mixed dtypes, a fill_mode that is not a "lower"/"upper"
// literal, other than 2-D square factors and 1-D/2-D right-hand sides of matching rows, and on CUDA any
// operand whose strides are not the dense ones of its arrangement (tile.layout): views, and solvers
// whose shared-memory estimate passes what is known to compile (libmathdx may reject them).
#include <string>

#include "codegen/adjoint.h"
#include "codegen/tile_args.h"
#include "frontend/unsupported.h"

namespace ws::codegen {

using frontend::decline;
using frontend::Expr;
using types::Scalar;
using types::TileDef;
using types::TileStorage;
using types::Type;

namespace {

bool float32_or_64(const TileDef& t) {
  return t.dtype.kind == types::Kind::Scalar &&
         (t.dtype.scalar == Scalar::Float32 || t.dtype.scalar == Scalar::Float64);
}

// The largest smem_estimate_bytes of a solver seen to compile in the reference environment.
constexpr int64_t kSolverSmemSeen = 32768;

// cusolver_type_map: (ctype, precision enum)
int precision(const TileDef& t) {
  return t.dtype.scalar == Scalar::Float64 ? 6 : 5;
}

// cusolverdx_arrangement_map(tile.layout): 1 row-major, 0 column-major. Declined unless the strides are
// the dense ones of that layout (a view's are not), and for a 1-D column-major view.
int arrangement(const TileDef& t, frontend::Pos at) {
  std::vector<int> dense(t.shape.size(), 1);
  if (t.shape.size() == 2) dense = t.colmajor ? std::vector<int>{1, t.shape[0]} : std::vector<int>{t.shape[1], 1};
  if (t.strides != dense || (t.shape.size() == 1 && t.colmajor))
    decline("linear-algebra tile builtin on CUDA of a tile whose arrangement is not dense", at);
  return t.colmajor ? 0 : 1;
}

// build_lto_solver's symbol: {solver}_{M}_{N}_{K}_{arch}_{threads}_{a_arr}_{b_arr}_{precision}_{side}_{diag}_{fill}
std::string solver_symbol(std::string_view solver, int m, int n, int k, int a_arr, int b_arr, int prec, int side,
                          int diag, int fill) {
  auto opt = [](int v) { return v >= 0 ? std::to_string(v) : std::string("x"); };
  return std::string(solver) + "_" + std::to_string(m) + "_" + std::to_string(n) + "_" + std::to_string(k) + "_75_" +
         std::to_string(kBlockDim) + "_" + std::to_string(a_arr) + "_" + std::to_string(b_arr) + "_" +
         std::to_string(prec) + "_" + opt(side) + "_" + opt(diag) + "_" + std::to_string(fill);
}

}  // namespace

Vars Adjoint::emit_tile_linalg(const Expr& call, std::string_view key, TileArgs& targs) {
  const std::string k(key);
  const bool inplace = key.ends_with("_inplace");
  const bool diag_add = key == "tile_diag_add";
  const bool cholesky = key.starts_with("tile_cholesky") && !key.starts_with("tile_cholesky_solve");
  const bool chol_solve = key.starts_with("tile_cholesky_solve");
  const bool upper_solve = key.starts_with("tile_upper_solve");
  const bool lower_solve = key.starts_with("tile_lower_solve");
  const char* first = cholesky ? "A" : diag_add ? "a" : upper_solve ? "U" : "L";
  const char* second = cholesky ? nullptr : diag_add ? "d" : upper_solve ? "z" : "y";

  // _tile_cholesky_extract_fill_mode: a compile-time "lower" or "upper"
  bool upper = false;
  if (targs.index("fill_mode") >= 0 && targs.get("fill_mode")) {
    const Var* f = targs.get("fill_mode");
    if (!f->constant || f->constant->kind != PyValue::Kind::Str ||
        (f->constant->str != "lower" && f->constant->str != "upper"))
      decline(k + "() fill_mode other than a \"lower\" or \"upper\" literal", targs.expr("fill_mode")->pos);
    upper = f->constant->str == "upper";
  }

  // the value_funcs' checks
  Var* a = targs.get(first);
  Var* b = second ? targs.get(second) : nullptr;
  for (Var* v : {a, b}) {
    if (!v) continue;
    const Expr* at = targs.expr(v == a ? first : second);
    if (!v->type.is_tile()) decline(k + "() of a non-tile", at->pos);
    if (!float32_or_64(*v->type.tile)) decline(k + "() of other than float32 or float64 tiles", at->pos);
  }
  TileDef& ta = *a->type.tile;
  if (ta.shape.size() != 2 || ta.shape[0] != ta.shape[1]) decline(k + "() of a tile that is not 2-D square", call.pos);
  if (b) {
    const TileDef& tb = *b->type.tile;
    if (tb.dtype != ta.dtype) decline(k + "() of tiles of different dtypes", call.pos);
    const size_t dims = diag_add ? 1 : tb.shape.size();
    if (tb.shape.size() != dims || dims > 2 || tb.shape[0] != ta.shape[0])
      decline(k + "() right-hand side of this shape", call.pos);
  }

  // the result: a new owning shared tile shaped (and laid out) as A, y or z
  const TileDef* shaped = cholesky || diag_add ? &ta : b->type.tile;
  SmallVector<Type, 2> results;
  if (!inplace)
    results.push_back(new_tile(
        TileDef{shaped->dtype, shaped->shape, shaped->strides, TileStorage::Shared, true, shaped->colmajor}, call.pos));
  const bool diff = (key == "tile_cholesky" || key == "tile_lower_solve");
  const std::string tmpl = (cholesky || chol_solve) ? (upper ? "<true>" : "<false>") : "";
  const std::string_view ns = (lower_solve || upper_solve) ? "" : "wp::";
  CallSpec spec = builtin_spec(k, std::move(results), diff);
  spec.name = keep({ns, k, tmpl});
  spec.adj_name = keep({ns, "adj_", k, tmpl});

  if (diag_add) {  // tile_diag_add_lto_dispatch_func: (a, d, out) on every device
    ta.storage = b->type.tile->storage = TileStorage::Shared;
    spec.dispatch = [&](Vars& operands, const Vars& outputs) { operands = {a, b, outputs[0]}; };
    return add_call(spec, {});
  }
  if (!module_.device) throw ModuleBuild::PerDevice{};
  ta.storage = TileStorage::Shared;
  if (b) b->type.tile->storage = TileStorage::Shared;

  // the solver functions: their count on the CPU, their symbols on CUDA
  int zeros = 0;
  if (!mathdx_lto(env_.mathdx.solver)) {
    zeros = (!inplace && (cholesky)) ? 3 : (!inplace && lower_solve) ? 2 : 1;
  } else {
    const TileDef& tb = b ? *b->type.tile : ta;
    const int m = ta.shape[0];
    const int nrhs = b && tb.shape.size() == 2 ? tb.shape[1] : 1;
    const int prec = precision(ta);
    const int arr_a = arrangement(ta, targs.expr(first)->pos);
    const int arr_b = b ? arrangement(tb, targs.expr(second)->pos) : arr_a;
    const std::string ct = ta.dtype.ctype();
    std::string symbols;
    auto add = [&](const std::string& s, const std::string& params) {
      module_.lto_decls.emplace(s, "void " + s + params + ";");
      symbols += (symbols.empty() ? "" : ", ") + s;
    };
    const std::string two = "(" + ct + "*, " + ct + "*)";
    const bool backward = !inplace && diff && env_.enable_backward;
    // The dispatch's smem_estimate_bytes: libmathdx fails to compile a solver whose tiles outgrow the
    // shared memory (Warp then raises), which the symbol does not tell; past the sizes seen to compile
    // (32 x 32 float64 with its adjoint) the call is declined rather than guessed.
    const int bytes = ta.dtype.scalar == Scalar::Float64 ? 8 : 4;
    const auto size = [](const TileDef& t) {
      int n = 1;
      for (int d : t.shape) n *= d;
      return n;
    };
    int64_t smem = 0;
    if (cholesky) {
      smem = static_cast<int64_t>(size(ta)) * bytes * (inplace ? 1 : 2) + (backward ? 2 * m * m * bytes : 0);
    } else {
      smem = static_cast<int64_t>(size(ta) + size(tb) * (inplace ? 1 : 2)) * bytes +
             (backward && lower_solve ? m * nrhs * bytes : 0);
    }
    if (smem > kSolverSmemSeen)
      decline(k + "() on CUDA of tiles this large (whether libmathdx compiles its solver depends on them)", call.pos);
    if (cholesky) {
      add(solver_symbol("potrf", m, m, 1, arr_a, arr_a, prec, -1, -1, upper ? 0 : 1), "(" + ct + "*, int*)");
      if (backward) {
        // build_lto_dot(M, M, M, ...): L^T @ adj_L (lower) or adj_U @ U^T (upper), alignments unset
        const int ga = upper ? arr_a : 1 - arr_a, gb = upper ? 1 - arr_a : arr_a;
        const std::string p = std::to_string(prec);
        const std::string dot = "dot_" + std::to_string(m) + "_" + std::to_string(m) + "_" + std::to_string(m) +
                                "_75_" + std::to_string(kBlockDim) + "_" + std::to_string(ga) + "_" +
                                std::to_string(gb) + "_" + std::to_string(arr_a) + "_" + p + "_" + p + "_" + p +
                                "_0_al0_0_0_sb1";
        add(dot, "(" + ct + "*, " + ct + "*, " + ct + "*, " + ct + "*, " + ct + "*)");
        add(solver_symbol("trsm", m, m, 1, upper ? arr_a : 1 - arr_a, arr_a, prec, 0, 1, 0), two);
      } else if (!inplace) {
        zeros = 2;
      }
    } else if (chol_solve) {
      add(solver_symbol("potrs", m, m, nrhs, arr_a, arr_b, prec, -1, -1, upper ? 0 : 1), two);
    } else if (lower_solve) {
      add(solver_symbol("trsm", m, nrhs, 1, arr_a, arr_b, prec, 0, 1, 1), two);
      if (backward)
        add(solver_symbol("trsm", m, nrhs, 1, 1 - arr_a, 1, prec, 0, 1, 0), two);
      else if (!inplace)
        zeros = 1;
    } else {  // tile_upper_solve
      add(solver_symbol("trsm", m, nrhs, 1, arr_a, arr_b, prec, 0, 1, 0), two);
    }
    spec.callable = spec.callable_adj = keep({symbols});
  }
  spec.dispatch = [&, zeros](Vars& operands, const Vars& outputs) {
    operands = {};
    for (int i = 0; i < zeros; ++i) operands.push_back(add_constant(PyValue::of_int(0)));
    operands.push_back(a);
    if (b) operands.push_back(b);
    if (!inplace) operands.push_back(outputs[0]);
  };
  return add_call(spec, {});
}

}  // namespace ws::codegen
