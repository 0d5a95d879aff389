# expect: 11:5: unsupported: augmented assignment of a tile
import warp as wp

TILE = wp.constant(16)


@wp.kernel
def acc(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=TILE)
    s = wp.tile_zeros(shape=TILE, dtype=float)
    s += t
    wp.tile_store(b, s)
