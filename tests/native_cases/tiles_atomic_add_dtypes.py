# tile_atomic_add of vector, int64, float64, float16 and uint32 tiles, 1-D tuple and constant offsets, in a
# loop (a shared tile's transpose) and a branch, of a row view, and its result used.
import warp as wp

TILE = wp.constant(8)


@wp.kernel
def vecs(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE, offset=i * TILE)
    wp.tile_atomic_add(out, t, offset=(i * TILE,))
    wp.tile_atomic_add(out, t, 0)


@wp.kernel
def wide(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.float64), h: wp.array(dtype=wp.float16), u: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE)
    wp.tile_atomic_add(a, t, offset=TILE)
    d = wp.tile_load(b, shape=TILE)
    r = wp.tile_atomic_add(b, d)
    wp.tile_store(b, r + d)
    x = wp.tile_load(h, shape=TILE)
    wp.tile_atomic_add(h, x)
    y = wp.tile_load(u, shape=TILE)
    wp.tile_atomic_add(u, y, bounds_check=False)


@wp.kernel
def loop(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):
    i = wp.tid()
    for k in range(n):
        t = wp.tile_load(a, shape=(4, 4), offset=(k * 4, i * 4), storage="shared")
        wp.tile_atomic_add(out, wp.tile_transpose(t), offset=(i * 4, k * 4))
    s = wp.tile_zeros(shape=(2, 2), dtype=float)
    if n > 2:
        wp.tile_atomic_add(out, s, offset=(0, n))


@wp.kernel
def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=(4, 8), storage="shared")
    wp.tile_atomic_add(out, t[1], offset=i)
