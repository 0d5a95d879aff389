# Tiles made from nothing (tile_zeros, tile_ones, tile_full, tile_arange), from each thread's value
# (tile), and combined: +, -, * (tile by tile, tile by value, value by tile), unary -, tile_sum (whole
# or along an axis), untile.
import warp as wp

TILE_M = wp.constant(8)
TILE_N = wp.constant(4)


@wp.kernel
def combine(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), s: wp.array(dtype=float), scale: float):
    i, j = wp.tid()
    x = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))
    z = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)
    o = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=wp.float32, storage="shared")
    y = x * 2.0 + o - z
    w = scale * y * x
    w = -w
    wp.tile_store(b, w + wp.tile_full(shape=(TILE_M, TILE_N), value=scale, dtype=float), offset=(i * TILE_M, j * TILE_N))
    total = wp.tile_sum(w)
    wp.tile_store(s, total, offset=i)
    rows = wp.tile_sum(x, axis=1)
    cols = wp.tile_sum(y, 0)
    wp.tile_store(s, rows + wp.tile_sum(wp.tile_transpose(y), axis=0))
    wp.tile_store(s, cols * 0.5)


@wp.kernel
def vectors(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), f: wp.array(dtype=float)):
    i = wp.tid()
    v = wp.tile_load(a, shape=TILE_M, offset=i * TILE_M)
    c = wp.tile_load(f, shape=TILE_M, offset=i * TILE_M)
    u = v * c + c * v
    u = u * 0.5 + wp.tile_full(TILE_M, wp.vec3(1.0, 2.0, 3.0), storage="shared")
    wp.tile_store(out, u + wp.tile_zeros(shape=TILE_M, dtype=wp.vec3), offset=i * TILE_M)


@wp.kernel
def per_thread(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), vout: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    x = a[i] * 2.0
    t = wp.tile(x)
    s = wp.tile_sum(t)
    y = wp.untile(t * 3.0)
    out[i] = y
    w = v[i]
    tv = wp.tile(w)
    vout[i] = wp.untile(tv + tv)
    wp.tile_store(out, s)


@wp.kernel
def ranges(out_i: wp.array(dtype=int), out_f: wp.array(dtype=float), out_d: wp.array(dtype=wp.float64)):
    r = wp.tile_arange(TILE_M, dtype=int)
    wp.tile_store(out_i, r + wp.tile_full(TILE_M, 2))
    wp.tile_store(out_i, wp.tile_arange(9, 0, -3, dtype=int), offset=4)
    wp.tile_store(out_i, wp.tile_arange(1, 10, 4, dtype=wp.int32))
    wp.tile_store(out_f, wp.tile_arange(6))
    wp.tile_store(out_f, wp.tile_arange(1, 9, 2, dtype=float))
    wp.tile_store(out_d, wp.tile_arange(2, 12, dtype=wp.float64, storage="shared"))
