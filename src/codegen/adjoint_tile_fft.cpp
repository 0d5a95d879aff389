// Warp 1.19.0's tile FFTs (builtins.py tile_fft / tile_ifft): an in-place transform along the last
// dimension of a register tile of vec2f or vec2d (complex numbers), no result, differentiable. Their
// lto_dispatch_func (tile_fft_generic_lto_dispatch_func) differs per device (ModuleBuild::device), as
// tile_matmul's does, and passes six arguments before the tile, which the adjoint repeats as their own
// adjoints:
//
//   tile_fft(<forward fn>, <backward fn>, wp::vec2f, <shared bytes>, <batch>, <elements per thread>, t)
//
// batch is the product of the leading dimensions, size the last one, elements per thread size // block_dim
// (kBlockDim, the module's).
//   - CPU (output_arch None), and CUDA with the module option enable_mathdx_fft off: both functions are the
//     placeholder `/* scalar */ 0`; at block_dim > 1 the cooperative path needs a power-of-two size
//     divisible by block_dim and shares size * 2 * scalar bytes.
//   - CUDA (output_arch 75, libmathdx enabled in the reference environment): build_lto_fft's cuFFTDx
//     symbols fft_{size}_{ept}_75_{forward|inverse}_{precision}, declared after the module header
//     (ltoirs_decl); the backward one is the opposite direction, or the forward one again without
//     enable_backward. The shared bytes are what libmathdx reports for the FFT, which no formula gives:
//     kCufftdxSharedBytes lists the sizes measured, and any other size is declined.
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

namespace {

// wp_cuda_compile_fft's shared_memory_size (tile.round_up'ed) at arch 75 for the sizes whose elements per
// thread at block_dim 256 compile: (precision, size, bytes). Measured with warp-lang 1.19.0's libmathdx;
// sizes that are not powers of two (768, 1536) and float64 at 8192 fail to compile there.
struct CufftdxShared {
  int precision, size, bytes;
};
constexpr CufftdxShared kCufftdxSharedBytes[] = {
    {5, 512, 4096}, {5, 1024, 8192}, {5, 2048, 16384}, {5, 4096, 16384}, {5, 8192, 65536},
    {6, 512, 4096}, {6, 1024, 8192}, {6, 2048, 16384}, {6, 4096, 65536},
};
static_assert(kBlockDim == 256, "kCufftdxSharedBytes was measured at block_dim 256");

bool power_of_two(int n) {
  return n > 0 && (n & (n - 1)) == 0;
}

}  // namespace

Vars Adjoint::emit_tile_fft(const Expr& call, std::string_view key, TileArgs& targs) {
  const std::string k(key);
  // tile_fft_generic_value_func
  Var* t = targs.get("inout");
  if (!t->type.is_tile()) decline(k + "() of a non-tile", call.pos);
  TileDef& tile = *t->type.tile;
  if (tile.storage != TileStorage::Register)
    decline(k + "() of a shared tile (Warp requires register storage)", call.pos);
  const types::Type& dt = tile.dtype;
  const bool f64 = dt == types::Type::vector_of(2, Scalar::Float64);
  if (!f64 && dt != types::Type::vector_of(2, Scalar::Float32))
    decline(k + "() of other than vec2f or vec2d tiles", call.pos);
  if (tile.shape.size() < 2) decline(k + "() of a tile of fewer than 2 dimensions", call.pos);

  if (!module_.device) throw ModuleBuild::PerDevice{};
  int64_t batch = 1;
  for (size_t d = 0; d + 1 < tile.shape.size(); ++d) batch *= tile.shape[d];
  const int size = tile.shape.back();
  const int ept = size / kBlockDim;
  const int precision = f64 ? 6 : 5;
  const std::string ctype = f64 ? "wp::vec2d" : "wp::vec2f";
  std::string fwd, bwd;
  int shared = 0;
  if (!mathdx_lto(env_.mathdx.fft)) {
    // the cooperative path (block_dim > 1) of the CPU and of CUDA without libmathdx: Warp raises for other
    // sizes
    if (!power_of_two(size) || size % kBlockDim != 0)
      decline(k + "() without libmathdx (the CPU) of a size that is not a power-of-two multiple of block_dim "
                  "(Warp rejects it)",
              call.pos);
    fwd = bwd = "/* scalar */ 0";
    shared = size * 2 * (f64 ? 8 : 4);
  } else {
    for (const CufftdxShared& row : kCufftdxSharedBytes)
      if (row.precision == precision && row.size == size) shared = row.bytes;
    if (shared == 0) decline(k + "() on CUDA of an FFT size whose cuFFTDx shared memory is not known", call.pos);
    const bool forward = key == "tile_fft";
    const std::string stem = "fft_" + std::to_string(size) + "_" + std::to_string(ept) + "_75_";
    const std::string suffix = "_" + std::to_string(precision);
    fwd = stem + (forward ? "forward" : "inverse") + suffix;
    bwd = env_.enable_backward ? stem + (forward ? "inverse" : "forward") + suffix : fwd;
    for (const std::string& s : {fwd, bwd}) module_.lto_decls.emplace(s, "void " + s + "(" + ctype + "*, char*);");
  }
  CallSpec spec = builtin_spec(k, {}, true);
  spec.name = keep({k});
  spec.adj_name = keep({"adj_", k});
  spec.callable = spec.callable_adj = keep({fwd, ", ", bwd, ", ", ctype, ", ", std::to_string(shared), ", ",
                                            std::to_string(batch), ", ", std::to_string(ept)});
  return add_call(spec, {t});
}

}  // namespace ws::codegen
