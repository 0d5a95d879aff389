// The Python signatures of the tile builtins (builtins.py add_builtin: input_types in order, and which
// of them have defaults), so that a call's positional and keyword arguments bind to parameter names
// as inspect.Signature.bind binds them in Warp's resolve_call. Overloads of a key share the names
// (tile_load's shape may be an int or a tuple); the codegen hook checks the types.
#pragma once

#include <array>
#include <string_view>

namespace ws::lang {

struct TileSignature {
  std::string_view key;
  std::array<std::string_view, 6> params;  // empty after the last
  int required;                            // the first `required` parameters have no default
  // Positional arguments from this one on are variadic (tile_extract's indices after the tile,
  // tile_arange's *args); -1: none.
  int variadic_from = -1;
  int arity() const {
    int n = 0;
    while (n < static_cast<int>(params.size()) && !params[n].empty()) ++n;
    return n;
  }
};

inline constexpr std::array kTileSignatures = {
    TileSignature{"tile_load", {"a", "shape", "offset", "storage", "bounds_check", "aligned"}, 2},
    TileSignature{"tile_store", {"a", "t", "offset", "bounds_check", "aligned"}, 2},
    TileSignature{"tile_atomic_add", {"a", "t", "offset", "bounds_check"}, 2},
    TileSignature{"tile_zeros", {"shape", "dtype", "storage"}, 1},
    TileSignature{"tile_ones", {"shape", "dtype", "storage"}, 1},
    TileSignature{"tile_empty", {"shape", "dtype", "storage"}, 1},
    TileSignature{"tile_full", {"shape", "value", "dtype", "storage"}, 2},
    TileSignature{"tile_sum", {"a", "axis"}, 1},
    TileSignature{"tile_map", {"op", "a", "b"}, 2},
    TileSignature{"tile_reduce", {"op", "a"}, 2},
    TileSignature{"tile_min", {"a"}, 1},
    TileSignature{"tile_max", {"a"}, 1},
    TileSignature{"tile_argmin", {"a"}, 1},
    TileSignature{"tile_argmax", {"a"}, 1},
    TileSignature{"tile_transpose", {"a"}, 1},
    TileSignature{"tile_extract", {"a"}, 1, 1},
    TileSignature{"tile_arange", {"dtype", "storage"}, 0, 0},
    TileSignature{"tile", {"x", "preserve_type"}, 1},
    TileSignature{"untile", {"a"}, 1},
    // both overloads' names: (a, b, out, alpha, beta, precision) and (a, b, alpha, precision), the
    // second reached here without `out` (codegen/adjoint_tile_matmul.cpp)
    TileSignature{"tile_matmul", {"a", "b", "out", "alpha", "beta", "precision"}, 2},
    // the linear-algebra builtins (codegen/adjoint_tile_solvers.cpp)
    TileSignature{"tile_cholesky", {"A", "fill_mode"}, 1},
    TileSignature{"tile_cholesky_inplace", {"A", "fill_mode"}, 1},
    TileSignature{"tile_cholesky_solve", {"L", "y", "fill_mode"}, 2},
    TileSignature{"tile_cholesky_solve_inplace", {"L", "y", "fill_mode"}, 2},
    TileSignature{"tile_lower_solve", {"L", "y"}, 2},
    TileSignature{"tile_lower_solve_inplace", {"L", "y"}, 2},
    TileSignature{"tile_upper_solve", {"U", "z"}, 2},
    TileSignature{"tile_upper_solve_inplace", {"U", "z"}, 2},
    TileSignature{"tile_diag_add", {"a", "d"}, 2},
    TileSignature{"tile_reshape", {"t", "shape"}, 2},
    TileSignature{"tile_broadcast", {"a", "shape"}, 2},
    TileSignature{"tile_view", {"t", "offset", "shape"}, 2},
    TileSignature{"tile_assign", {"dst", "src", "offset"}, 2},
    TileSignature{"tile_sort", {"keys", "values"}, 2},
    TileSignature{"tile_squeeze", {"t", "axis"}, 1},
    TileSignature{"tile_scan_inclusive", {"a"}, 1},
    TileSignature{"tile_scan_exclusive", {"a"}, 1},
    TileSignature{"tile_axpy", {"alpha", "src", "dest"}, 3},
    TileSignature{"tile_fft", {"inout"}, 1},  // codegen/adjoint_tile_fft.cpp
    TileSignature{"tile_ifft", {"inout"}, 1},
};

// The builtins with an overload whose adjoint takes the template arguments (tile_sum's axis form): a
// function calling one hashes the builtin's identity (ModuleHasher.hash_builtin_function: "builtin",
// key, native_func, then the repr of (native_func, adjoint_uses_template_args) per overload).
struct HashedBuiltin {
  std::string_view key, native, dispatch_repr;
};
inline constexpr std::array kHashedBuiltins = {
    HashedBuiltin{"tile_sum", "tile_sum", "(('tile_sum_axis', True), ('tile_sum', False))"},
};

constexpr const TileSignature* tile_signature(std::string_view key) {
  for (const TileSignature& s : kTileSignatures)
    if (s.key == key) return &s;
  return nullptr;
}

}  // namespace ws::lang
