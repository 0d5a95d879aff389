# expect: 11:39: unsupported: tile_cholesky() fill_mode other than a "lower" or "upper" literal
# fill_mode must be a compile-time "lower" or "upper" (_tile_cholesky_extract_fill_mode); a name bound to
# a string is declined rather than resolved.
import warp as wp


@wp.kernel
def factor(A: wp.array2d(dtype=float), mode: int):
    a = wp.tile_load(A, shape=(8, 8))
    m = mode
    L = wp.tile_cholesky(a, fill_mode=m)
    wp.tile_store(A, L)
