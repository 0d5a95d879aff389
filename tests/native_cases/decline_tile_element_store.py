# expect: 10:5: unsupported: store into a tile element
# A full integer index as a tile store target (Warp's assign on the tile) is not reproduced.
import warp as wp


@wp.kernel
def k(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    t = wp.tile_load(a, shape=(4, 8))
    x = t[0, 0]
    t[1, 2] = x
    wp.tile_store(out, t)
