# expect: 9:5: unsupported: tile_atomic_add() of a dtype without atomic add
import warp as wp


@wp.kernel
def count(flags: wp.array(dtype=wp.int8)):
    i = wp.tid()
    t = wp.tile_load(flags, shape=8, offset=i * 8)
    wp.tile_atomic_add(flags, t)
