# expect: 10:9: unsupported: chained tile subscript with a slice
# Warp applies a tile's bracket groups one at a time where one forms a view (eval_subscript's loop):
# not modelled.
import warp as wp


@wp.kernel
def k(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=(4, 8))
    e = t[2:, 1:][0, 0]
    out[0] = e
