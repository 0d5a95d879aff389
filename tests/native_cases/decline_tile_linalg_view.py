# expect: 13:36: unsupported: linear-algebra tile builtin on CUDA of a tile whose arrangement is not dense
# On CUDA the solvers' LTO symbols name each operand's arrangement (tile.layout); a view's strides do not
# show it, so a view operand is declined (the CPU passes no symbol, but the module is declined whole).
import warp as wp


@wp.kernel
def solve_view(A: wp.array2d(dtype=float), b: wp.array2d(dtype=float)):
    a = wp.tile_load(A, shape=(8, 8))
    L = wp.tile_cholesky(a)
    rhs = wp.tile_load(b, shape=(8, 4))
    col = rhs[:, 1:3]
    wp.tile_lower_solve_inplace(L, col)
    wp.tile_store(b, rhs)
