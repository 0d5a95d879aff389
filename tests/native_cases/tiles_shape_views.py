# Tile shape builtins called by name: tile_reshape (a view with dense strides, -1 inferred),
# tile_broadcast (a view with zero strides along the broadcast axes), tile_view with an explicit
# offset (and shape), tile_assign of a tile into another at an offset (the destination moves to shared
# memory), each differentiable but tile_view.
import warp as wp

TILE = wp.constant(32)


@wp.kernel
def reshape(a: wp.array(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE, offset=i * TILE)
    m = wp.tile_reshape(t, shape=(4, 8))
    n = wp.tile_reshape(m, (-1, 2))
    wp.tile_store(out, m, offset=(i * 4, 0))
    wp.tile_store(out, wp.tile_map(wp.sin, n))
    flat = wp.tile_reshape(wp.tile_ones(shape=(2, 16), dtype=float), shape=(TILE,))
    wp.tile_store(o1, flat)


@wp.kernel
def broadcast(a: wp.array2d(dtype=float), b: wp.array(dtype=float), out: wp.array2d(dtype=float)):
    i, j = wp.tid()
    t = wp.tile_load(a, shape=(8, 16), offset=(i * 8, j * 16))
    row = wp.tile_load(b, shape=16, offset=j * 16)
    bias = wp.tile_broadcast(row, shape=(8, 16))
    wp.tile_store(out, t + bias, offset=(i * 8, j * 16))
    col = wp.tile_load(a, shape=(8, 1), offset=(i * 8, 0))
    wp.tile_store(out, t * wp.tile_broadcast(col, (8, 16)))
    s = wp.tile_sum(t)
    wp.tile_store(out, wp.tile_broadcast(s, shape=(8, 16)) - t)


@wp.kernel
def views_assign(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float), k: int):
    i = wp.tid()
    t = wp.tile_load(a, shape=(8, 8))
    r = wp.tile_view(t, offset=(k,))
    q = wp.tile_view(t, offset=(2, 4), shape=(4, 4))
    wp.tile_store(o1, r)
    wp.tile_store(out, q)
    dst = wp.tile_zeros(shape=(8, 16), dtype=float)
    wp.tile_assign(dst, t, offset=(0, 8))
    wp.tile_assign(dst, q)
    wp.tile_assign(dst, t, (0, k))
    e = wp.tile_empty(shape=TILE, dtype=float)
    wp.tile_assign(e, wp.tile_reshape(wp.tile_ones(shape=(4, 4), dtype=float), shape=(16,)), offset=(i * 0 + 16,))
    wp.tile_store(out, dst)
    wp.tile_store(o1, e)


# tile_sort(keys, values): both tiles move to shared memory, sorted in place; not differentiable.
@wp.kernel
def sort(keys: wp.array(dtype=float), vals: wp.array(dtype=int), ko: wp.array(dtype=float), vo: wp.array(dtype=int)):
    i = wp.tid()
    k = wp.tile_load(keys, shape=TILE, offset=i * TILE)
    v = wp.tile_load(vals, shape=TILE, offset=i * TILE)
    wp.tile_sort(k, v)
    wp.tile_store(ko, k, offset=i * TILE)
    wp.tile_store(vo, v, offset=i * TILE)
    r = wp.tile_arange(TILE, dtype=int)
    wp.tile_sort(wp.tile_map(wp.neg, k), r)
    wp.tile_store(vo, r)
