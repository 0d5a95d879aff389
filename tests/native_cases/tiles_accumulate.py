# The accumulator pattern: a tile created before a loop and updated in place inside it (t += u, t -= u:
# no name is rebound, so the loop carries nothing), over dynamic ranges, literal ranges Warp unrolls and
# longer ones it does not, while loops and nested loops; 1-D and 2-D, register and shared tiles, forward
# and backward (the loop's tiles' adjoints zeroed with grad_zero()).
import warp as wp

TILE_DIM = 64
TILE = wp.constant(16)
TM = 8
TN = 4


@wp.kernel
def tile_sum_kernel(input: wp.array2d(dtype=float), output: wp.array(dtype=float), count: int):
    i = wp.tid()
    s = wp.tile_zeros(shape=1, dtype=float)
    for j in range(count):
        a = wp.tile_load(input[i], shape=TILE_DIM, offset=j * TILE_DIM)
        s += wp.tile_sum(a) * 0.5
    wp.tile_store(output, s, offset=i)


@wp.kernel
def dynamic(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):
    i = wp.tid()
    acc = wp.tile_zeros(shape=TILE, dtype=float)
    for k in range(n):
        t = wp.tile_load(a, shape=TILE, offset=k * TILE)
        acc += t
        acc += wp.tile_map(wp.sin, t) * 0.5
    wp.tile_store(b, acc, offset=i * TILE)


@wp.kernel
def unrolled(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    acc = wp.tile_zeros(shape=TILE, dtype=float)
    for k in range(3):
        acc += wp.tile_load(a, shape=TILE, offset=k * TILE)
        acc -= wp.tile_map(wp.sin, acc) * 0.5
    wp.tile_store(b, acc, offset=i * TILE)


@wp.kernel
def long_range(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    acc = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")
    for k in range(20):
        acc += wp.tile_load(a, shape=TILE, offset=k * TILE)
    wp.tile_store(b, acc, offset=i * TILE)


@wp.kernel
def two_d(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):
    i, j = wp.tid()
    acc = wp.tile_zeros(shape=(TM, TN), dtype=float)
    rows = wp.tile_zeros(shape=TM, dtype=float, storage="shared")
    for k in range(n):
        t = wp.tile_load(a, shape=(TM, TN), offset=(i * TM, k * TN), storage="shared")
        acc += t
        acc -= wp.tile_map(wp.cos, t) * 0.25
        rows += wp.tile_sum(t, axis=1)
    for k in range(2):
        acc += wp.tile_load(a, shape=(TM, TN), offset=(k * TM, j * TN))
    wp.tile_store(b, acc, offset=(i * TM, j * TN))
    wp.tile_store(b, wp.tile_transpose(acc) * 2.0)


@wp.kernel
def nested(a: wp.array2d(dtype=float), b: wp.array(dtype=float), n: int, m: int):
    i = wp.tid()
    acc = wp.tile_ones(shape=TILE, dtype=float)
    k = int(0)
    while k < n:
        for j in range(m):
            t = wp.tile_load(a[k], shape=TILE, offset=j * TILE)
            if j > 2:
                acc += t
            else:
                acc -= t * 2.0
        k += 1
    wp.tile_store(b, acc, offset=i * TILE)
