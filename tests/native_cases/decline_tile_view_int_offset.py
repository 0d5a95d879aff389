# expect: 9:32: unsupported: tile_view() offset that is not a tuple
import warp as wp


@wp.kernel
def view(a: wp.array2d(dtype=float), out: wp.array(dtype=float), k: int):
    i = wp.tid()
    t = wp.tile_load(a, shape=(8, 8))
    r = wp.tile_view(t, offset=k)
    wp.tile_store(out, r)
