# expect: 9:33: unsupported: tile_squeeze() with an axis
import warp as wp


@wp.kernel
def squeeze(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=(8, 1))
    s = wp.tile_squeeze(t, axis=1)
    wp.tile_store(out, s)
