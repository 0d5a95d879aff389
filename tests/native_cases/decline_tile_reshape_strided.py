# expect: 10:9: unsupported: tile_reshape() of a strided tile
import warp as wp


@wp.kernel
def strided(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=(8, 8))
    v = t[::2, :]
    r = wp.tile_reshape(v, shape=(32,))
    wp.tile_store(out, r)
