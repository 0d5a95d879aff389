# expect: 12:9: unsupported: tile_cholesky() on CUDA of tiles this large (whether libmathdx compiles its solver depends on them)
# Warp names the cuSolverDx LTO from the problem, but libmathdx rejects a factorization whose tiles
# outgrow the shared memory (Warp raises "Failed to compile LTO"): past the sizes seen to compile, the
# call is declined.
import warp as wp


@wp.kernel
def big(A: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64)):
    a = wp.tile_load(A, shape=(128, 128))
    y = wp.tile_load(b, shape=(128, 4))
    L = wp.tile_cholesky(a)
    wp.tile_store(b, wp.tile_cholesky_solve(L, y))
