# The tile linear-algebra builtins with the backward pass: tile_cholesky (lower and upper, its adjoint
# naming a potrf, a GEMM and a trsm on CUDA), tile_cholesky_solve, tile_lower_solve (differentiable: a
# second trsm for its adjoint) and tile_upper_solve on float32 and float64 tiles, 1-D and 2-D right-hand
# sides, a transposed (column-major) factor and right-hand side, and tile_diag_add.
import warp as wp

N = wp.constant(8)


@wp.kernel
def spd_solve(A: wp.array2d(dtype=float), d: wp.array(dtype=float), b: wp.array(dtype=float), x: wp.array(dtype=float)):
    a = wp.tile_load(A, shape=(N, N))
    diag = wp.tile_load(d, shape=N)
    s = a + wp.tile_transpose(a)
    m = wp.tile_diag_add(wp.tile_matmul(s, s), diag)
    L = wp.tile_cholesky(m)
    rhs = wp.tile_load(b, shape=N)
    wp.tile_store(x, wp.tile_cholesky_solve(L, rhs))


@wp.kernel
def triangular(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), X: wp.array2d(dtype=wp.float64)):
    a = wp.tile_load(A, shape=(4, 4), storage="shared")
    U = wp.tile_cholesky(a, "upper")
    rhs = wp.tile_load(B, shape=(4, 3))
    z = wp.tile_lower_solve(wp.tile_transpose(U), rhs)
    y = wp.tile_upper_solve(U, z)
    w = wp.tile_cholesky_solve(U, y, fill_mode="upper")
    wp.tile_store(X, w)


@wp.kernel
def transposed_rhs(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):
    a = wp.tile_load(A, shape=(6, 6))
    L = wp.tile_cholesky(fill_mode="lower", A=a)
    rhs = wp.tile_transpose(wp.tile_load(B, shape=(2, 6)))
    z = wp.tile_lower_solve(L, rhs)
    wp.tile_store(X, wp.tile_transpose(wp.tile_upper_solve(wp.tile_transpose(L), z)))
