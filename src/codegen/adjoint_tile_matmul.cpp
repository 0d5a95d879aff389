// wp.tile_matmul as Warp 1.19.0 emits it: builtins.py tile_matmul_lto_dispatch_func, the one tile builtin
// whose code differs per device (ModuleBuild::device). Both overloads: `c = tile_matmul(a, b[, alpha])`,
// a new shared tile of a's dtype (beta 0.0), wp::tile_matmul, and `tile_matmul(a, b, out[, alpha][, beta])`,
// which accumulates into `out` (beta defaults to 1.0) and returns nothing, wp::tile_matmul_acc (its
// native_func).
//
// The dispatch moves a, b and out to shared storage, then passes
//   - on the CPU (output_arch None): (0, 0, 0, a, b, out, alpha, beta), the zeros registered as constants;
//   - on CUDA (output_arch 75, libmathdx enabled in the reference environment): the three cuBLASDx LTO
//     symbols build_lto_dot names, for out += a @ b and the adjoint products adj_a += adj_out @ b^T and
//     adj_b += a^T @ adj_out (the forward one thrice without enable_backward), then a, b, out, alpha, beta.
//     ModuleBuilder declares each symbol (ltoirs_decl) after the module header.
// Defaults left out become constants after the outputs (register_var of the raw Python floats).
//
// Declined: float16 and bfloat16 tiles (whether libmathdx accepts the 16-byte-aligned GEMM decides their
// symbols), precision= (tf32), operands that are views, transposes or not dense row-major, or have a
// dimension of 1 (their cuBLASDx arrangement follows the tile's layout tag), and alpha/beta of other
// than a float32 or float64 value.
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

// The cuBLASDx side of one operand: dtype, precision code (cublasdx_type_map), row-major arrangement.
struct Operand {
  const TileDef* tile;
  int rows() const { return tile->shape[0]; }
  int cols() const { return tile->shape[1]; }
  int bytes() const { return tile->dtype.scalar == Scalar::Float64 ? 8 : 4; }
  int precision() const { return tile->dtype.scalar == Scalar::Float64 ? 6 : 5; }  // COMMONDX_PRECISION_F32/F64
};

// One build_lto_dot call: C (m x n) += A (m x k) @ B (k x n), each operand's arrangement given (1 row-major,
// 0 column-major: a transposed operand of the adjoint products reads a row-major tile column-major) and its
// leading dimension dense (gemm_operand_ld of a dense row-major tile). Its symbol and declaration.
struct Gemm {
  int m, n, k;
  Operand a, b, c;
  int arr_a, arr_b, arr_c;
  int block_dim;

  // _gemm_operand_alignments: an owning tile's base is 16-byte aligned, so an operand whose leading
  // dimension spans a multiple of 16 bytes is declared 16-byte aligned, others their element size; all
  // element sizes leave the operator unset (0, 0, 0). No 16-bit C here, so no 8-byte cap.
  std::string symbol() const {
    const int lds[3] = {arr_a ? k : m, arr_b ? n : k, arr_c ? n : m};  // dense_ld
    const Operand ops[3] = {a, b, c};
    int al[3];
    bool any = false;
    for (int i = 0; i < 3; ++i) {
      al[i] = (lds[i] * ops[i].bytes()) % 16 == 0 ? 16 : ops[i].bytes();
      any = any || al[i] != ops[i].bytes();
    }
    if (!any) al[0] = al[1] = al[2] = 0;
    // _get_mathdx_arch(75) is 75; the element type 0 is real; _GEMM_ENABLE_STATIC_BLOCK_DIM is on
    return "dot_" + std::to_string(m) + "_" + std::to_string(n) + "_" + std::to_string(k) + "_75_" +
           std::to_string(block_dim) + "_" + std::to_string(arr_a) + "_" + std::to_string(arr_b) + "_" +
           std::to_string(arr_c) + "_" + std::to_string(a.precision()) + "_" + std::to_string(b.precision()) + "_" +
           std::to_string(c.precision()) + "_0_al" + std::to_string(al[0]) + "_" + std::to_string(al[1]) + "_" +
           std::to_string(al[2]) + "_sb1";
  }
  // builder.ltoirs_decl[symbol]
  std::string declaration(const std::string& symbol) const {
    const std::string ct = c.tile->dtype.ctype();
    return "void " + symbol + "(" + ct + "*, " + a.tile->dtype.ctype() + "*, " + b.tile->dtype.ctype() + "*, " + ct +
           "*, " + ct + "*);";
  }
};

bool is_float32_or_64(const Type& t) {
  return t.kind == types::Kind::Scalar && (t.scalar == Scalar::Float32 || t.scalar == Scalar::Float64);
}

}  // namespace

Vars Adjoint::emit_tile_matmul(const Expr& call, TileArgs& targs) {
  if (targs.expr("precision")) decline("tile_matmul() precision", targs.expr("precision")->pos);
  Var* a = targs.get("a");
  Var* b = targs.get("b");
  Var* out = targs.get("out");
  Var* alpha = targs.get("alpha");
  Var* beta = targs.get("beta");
  if (!out && beta) decline("tile_matmul() beta without out", targs.expr("beta")->pos);  // no overload takes it
  for (const char* name : {"a", "b", "out"}) {
    const Var* t = targs.get(name);
    if (!t) continue;
    const Expr* at = targs.expr(name);
    if (!t->type.is_tile() || t->type.tile->shape.size() != 2)
      decline("tile_matmul() of other than a 2-D tile", at->pos);
    const TileDef& d = *t->type.tile;
    if (!is_float32_or_64(d.dtype)) decline("tile_matmul() of other than float32 or float64 tiles", at->pos);
    if (!d.owner || d.strides != std::vector<int>{d.shape[1], 1} || d.shape[0] < 2 || d.shape[1] < 2)
      decline("tile_matmul() operand that is a view, a transpose or has a dimension of 1", at->pos);
  }
  for (const char* name : {"alpha", "beta"}) {
    const Var* v = targs.get(name);
    if (v && !is_float32_or_64(v->type.value())) decline("tile_matmul() " + std::string(name), targs.expr(name)->pos);
  }
  TileDef& ta = *a->type.tile;
  TileDef& tb = *b->type.tile;
  const int m = ta.shape[0], k = ta.shape[1], n = tb.shape[1];
  if (tb.shape[0] != k || (out && out->type.tile->shape != std::vector<int>{m, n}))
    decline("tile_matmul() of inconsistent shapes", call.pos);
  if (!module_.device) throw ModuleBuild::PerDevice{};

  CallSpec spec = builtin_spec(out ? "tile_matmul_acc" : "tile_matmul", {}, true);
  if (!out) spec.outputs.push_back(new_tile(TileDef::make(ta.dtype, {m, n}, TileStorage::Shared), call.pos));
  ta.storage = tb.storage = TileStorage::Shared;
  if (out) out->type.tile->storage = TileStorage::Shared;
  const TileDef& tc = out ? *out->type.tile : *spec.outputs[0].tile;

  const bool lto = mathdx_lto(env_.mathdx.gemm);
  if (lto) {
    const Operand oa{&ta}, ob{&tb}, oc{&tc};
    const Gemm forward{m, n, k, oa, ob, oc, 1, 1, 1, kBlockDim};
    std::string symbols;
    auto add = [&](const Gemm& g) {
      const std::string s = g.symbol();
      module_.lto_decls.emplace(s, g.declaration(s));
      symbols += (symbols.empty() ? "" : ", ") + s;
    };
    add(forward);
    if (env_.enable_backward) {
      add(Gemm{m, k, n, oc, ob, oa, 1, 0, 1, kBlockDim});  // adj_a += adj_out @ b^T
      add(Gemm{k, n, m, oa, oc, ob, 0, 1, 1, kBlockDim});  // adj_b += a^T @ adj_out
    } else {
      const std::string s = forward.symbol();  // the forward symbol stands in for the adjoints
      symbols += ", " + s + ", " + s;
    }
    spec.callable = spec.callable_adj = keep({symbols});
  }
  spec.dispatch = [&](Vars& operands, const Vars& outputs) {
    operands = {};
    if (!lto) {
      for (int i = 0; i < 3; ++i) operands.push_back(add_constant(PyValue::of_int(0)));
    }
    operands.push_back(a);
    operands.push_back(b);
    operands.push_back(out ? out : outputs[0]);
    operands.push_back(alpha ? alpha : add_constant(PyValue::of_float(1.0)));
    operands.push_back(beta ? beta : add_constant(PyValue::of_float(out ? 1.0 : 0.0)));
  };
  return add_call(spec, {});
}

}  // namespace ws::codegen
