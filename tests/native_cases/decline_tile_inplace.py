# expect: 12:5: unsupported: builtin 'div' on tiles
import warp as wp

TILE = wp.constant(16)


@wp.kernel
def acc(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=TILE)
    s = wp.tile_zeros(shape=TILE, dtype=float)
    s += t
    s /= 2.0
    wp.tile_store(b, s)
