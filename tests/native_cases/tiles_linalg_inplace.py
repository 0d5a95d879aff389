# The in-place tile linear-algebra builtins (not differentiable) in a module without the backward pass:
# tile_cholesky and tile_lower_solve pass the constant 0 for their adjoints' LTOs on CUDA.
import warp as wp

wp.set_module_options({"enable_backward": False})

TILE = 16


@wp.kernel
def factor_solve(A: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    i = wp.tid()
    a = wp.tile_load(A, shape=(TILE, TILE), storage="shared")
    wp.tile_cholesky_inplace(a)
    rhs = wp.tile_load(b, shape=(TILE, 1), offset=(0, i))
    wp.tile_lower_solve_inplace(a, rhs)
    wp.tile_upper_solve_inplace(wp.tile_transpose(a), rhs)
    wp.tile_cholesky_solve_inplace(a, rhs)
    wp.tile_store(out, rhs, offset=(0, i))


@wp.kernel
def factor_copy(A: wp.array2d(dtype=wp.float64), v: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):
    a = wp.tile_load(A, shape=(4, 4))
    wp.tile_cholesky_inplace(a, fill_mode="upper")
    L = wp.tile_cholesky(a, fill_mode="upper")
    y = wp.tile_load(v, shape=4)
    z = wp.tile_lower_solve(wp.tile_transpose(L), y)
    wp.tile_store(out, wp.tile_upper_solve(L, z))
