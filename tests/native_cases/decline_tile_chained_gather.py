# expect: 11:9: unsupported: index tile in a chained tile subscript
# Warp applies a bracket group with an index tile on its own before the next (eval_subscript's loop):
# reproduced only for the last group.
import warp as wp


@wp.kernel
def k(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=(8, 8))
    idx = wp.tile_arange(0, 4, dtype=int)
    g = t[idx][1:3]
    wp.tile_store(out, g[0])
