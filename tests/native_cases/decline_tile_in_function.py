# expect: 9:9: unsupported: tile builtin in a function
import warp as wp

TILE = wp.constant(8)


@wp.func
def total(a: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=TILE)
    return wp.tile_sum(t)


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    wp.tile_store(b, total(a))
