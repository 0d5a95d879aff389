// `generate --verify run`: runs generated kernels forward and backward on the CPU under their launch
// contract (gen/contract.h), compiled from the record's own CPU module text against the pinned Warp's
// native headers with Clang (as Warp compiles CPU kernels; at -O0 about 3x faster than g++, which
// is what the verifier's throughput hangs on), bounds-checked as in Warp's debug mode (asserts on, no
// NDEBUG) and under UndefinedBehaviorSanitizer. Many kernels share one translation unit (compiling
// dominates); each kernel then runs in a child process of its own with a timeout, so a crash, an
// assertion, a sanitizer report, a NaN/Inf or a hang fails only that kernel.
//
// Inputs are reproducible from outside (docs/dataset-format.md, `verification`): component k (k = 0,
// 1, ...) of the arrays, in signature order and memory order, is drawn from x_k = splitmix64(
// input_seed + k): floats lo + (x_k >> 11) * 2^-53 * (hi - lo) over float_range (rounded to the
// array's type), integers lo + x_k mod (hi - lo + 1) over int_range (lo clipped at 0 for unsigned
// types), bools x_k & 1. By-value parameters take the contract's values. Every float array except
// those whose `.shape`/`.strides`/`.ndim` the Python reads (directly or through a @wp.func
// parameter) gets a gradient, seeded with ones before the backward launch. A tiled kernel (its contract
// has "block_dim") runs as wp.launch_tiled does on Warp's CPU backend with enable_cpu_blocks: blocks of
// block_dim lanes that wait for each other at tile barriers (verify/block_runner.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace ws::verify {

struct Kernel {
  std::string mangled;  // Warp's mangled kernel name: the module's `wp_args_<mangled>` and entry points
  std::string module;   // the record's whole CPU translation unit, as Warp would compile it
  std::string launch;   // the record's launch contract (JSON object)
  std::string python;   // the kernel's Python module (arrays whose shape it reads get no gradient)
  uint64_t input_seed = 0;
};

struct Result {
  std::string reason;        // empty when verified, else "verify: oob" (assert, nan, ubsan, crash, timeout, ...)
  std::string detail;        // what failed, for the manifest (empty when verified)
  std::string verification;  // when verified: the record's `verification` JSON object
};

struct Options {
  std::filesystem::path warp_include;   // warp/native of the pinned Warp
  std::string compiler = "clang++-19";  // scripts/setup.sh installs it with its sanitizer runtime
  int timeout_seconds = 20;             // per kernel run (forward and backward)
};

// The pinned Warp's native header directory: `dir` when given (it must hold builtin.h), else the
// warp package of the repository's .venv (asked from its Python once). Throws std::runtime_error
// with what to do when none is found.
std::filesystem::path find_warp_include(const std::filesystem::path& dir);

// The launch size the verifier uses: (37,) for 1-d, (37, 3, 2, 5)[:ndim] otherwise.
std::vector<int> launch_shape(int ndim);

// The shape of an array whose launch contract spec (JSON text) is `spec` under a launch of shape
// `launch` (gen/contract.h): "launch" -> launch; [n] -> (n); {"tile": [t0, ...], "axes": [a0, ...]}
// -> shape[d] = launch[axes[d]] * t[d], or t[d] where axes[d] >= launch.size() (axes default to 0,
// 1, ...). Empty, with `error` set, when the spec is malformed.
std::vector<int> array_shape(const std::string& spec, const std::vector<int>& launch, std::string& error);

// Verifies the kernels as one batch (one compile): result i answers kernels[i]. Throws
// std::runtime_error only when the verifier itself cannot run (no compiler, no temporary directory).
std::vector<Result> verify(const std::vector<Kernel>& kernels, const Options& options);

}  // namespace ws::verify
