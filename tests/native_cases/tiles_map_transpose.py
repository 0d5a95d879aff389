# tile_map with builtins and @wp.func (unary, binary, a tile and a value), tile_transpose and
# tile_extract or a subscript (both move their argument to shared memory), and tiles in loops:
# unrolled and dynamic (the reverse pass zeroes owning tiles' adjoints with grad_zero()).
import warp as wp

TILE_M = wp.constant(8)
TILE_N = wp.constant(4)


@wp.func
def soft(x: float):
    return x / (1.0 + wp.abs(x))


@wp.func
def blend(x: float, y: float):
    return 0.25 * x + 0.75 * y


@wp.kernel
def maps(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array(dtype=float)):
    i, j = wp.tid()
    x = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))
    y = wp.tile_map(wp.sin, x)
    z = wp.tile_map(soft, y)
    w = wp.tile_map(blend, z, x)
    f = wp.tile_map(wp.floor, w)
    m = wp.tile_map(wp.mul, f, 3.0)
    n = wp.tile_map(op=wp.add, a=m, b=y)
    t = wp.tile_transpose(n)
    e = wp.tile_extract(t, 1, 2)
    u = wp.tile_transpose(t * e)
    wp.tile_store(b, u + x, offset=(i * TILE_M, j * TILE_N))
    wp.tile_store(c, wp.tile_sum(x), offset=i)


@wp.kernel
def extract(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), w: wp.array2d(dtype=wp.vec3), mats: wp.array(dtype=wp.mat22), out: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE_M)
    tv = wp.tile_load(v, shape=TILE_N)
    k = i % TILE_M
    out[i] = wp.tile_extract(t, k) + wp.tile_extract(tv, 1, 2) + wp.tile_extract(tv, 0)[1]
    # subscripts: tile_extract, with runtime indices wrapped (i < 0 ? i + length : i) and negative
    # constants wrapped at compile time
    m = wp.tile_load(w, shape=(TILE_N, TILE_N))
    out[i] += t[k] + t[-1] + t[2] + tv[1, 2] + tv[k % TILE_N][0] + m[i % TILE_N, -2][1]
    # tiles of matrices: the matrix, a row, an element
    mt = wp.tile_load(mats, shape=TILE_N)
    out[i] += mt[k % TILE_N, 1, 0] + wp.tile_extract(mt, 0, 1)[1] + mt[1][-1][0] + wp.determinant(mt[2])


@wp.kernel
def loops(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), count: int):
    i = wp.tid()
    for k in range(count):
        t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i, k * TILE_N))
        s = wp.tile_transpose(t)
        wp.tile_store(b, wp.tile_transpose(s) * 2.0, offset=(i, k * TILE_N))
    for k in range(2):
        u = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=float)
        wp.tile_store(b, u, offset=(k, 0))
