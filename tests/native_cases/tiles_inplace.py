# Tiles updated in place by augmented assignment (emit_AugAssign: add_inplace, sub_inplace and the bitwise
# in-place builtins, wp::tile_add_inplace(...)), register, shared and views, 1-D and 2-D, forward and backward; other
# operators rebind the name to a new tile (t *= 2.0).
import warp as wp

TILE_M = wp.constant(8)
TILE_N = wp.constant(4)
TILE = 16


@wp.kernel
def add_sub(
    input_a: wp.array2d(dtype=float),
    input_b: wp.array2d(dtype=float),
    output_reg: wp.array2d(dtype=float),
    output_shared: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    a_reg = wp.tile_load(input_a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="register")
    b_reg = wp.tile_load(input_b, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="register")
    a_shared = wp.tile_load(input_a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="shared")
    b_shared = wp.tile_load(input_b, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="shared")
    a_reg += b_reg
    a_reg -= b_shared
    a_shared += b_reg * 2.0
    a_shared -= b_shared
    a_reg += a_reg
    wp.tile_store(output_reg, a_reg, offset=(i * TILE_M, j * TILE_N))
    wp.tile_store(output_shared, a_shared, offset=(i * TILE_M, j * TILE_N))


@wp.kernel
def mixed(a: wp.array(dtype=float), b: wp.array(dtype=float), scale: float):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE, offset=i * TILE)
    s = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")
    s += t
    s -= wp.tile_map(wp.sin, t) * 0.5
    u = wp.tile_ones(shape=TILE, dtype=float)
    u += s
    u *= scale
    u *= t
    s -= -u
    wp.tile_store(b, s, offset=i * TILE)
    total = wp.tile_sum(s)
    total += wp.tile_sum(u)
    wp.tile_store(b, total)


@wp.kernel
def vectors(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3)):
    t = wp.tile_load(a, shape=TILE)
    s = wp.tile_full(TILE, wp.vec3(1.0, 2.0, 3.0))
    s += t
    s -= t * 0.25
    wp.tile_store(b, s)


@wp.kernel
def bitwise(a: wp.array(dtype=int), b: wp.array(dtype=int)):
    t = wp.tile_load(a, shape=TILE)
    s = wp.tile_ones(shape=TILE, dtype=int)
    s &= t
    s |= wp.tile_arange(TILE, dtype=int)
    s ^= t
    s += t
    wp.tile_store(b, s)


@wp.kernel
def views(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):
    x = wp.tile_load(a, shape=(TILE_M, TILE_M), storage="shared")
    v = x[1:3]
    u = wp.tile_load(a, shape=(2, TILE_M))
    v += u
    w = wp.tile_transpose(x)
    w -= wp.tile_load(a, shape=(TILE_M, TILE_M), offset=(n, 0))
    wp.tile_store(b, x)
    wp.tile_store(b, w)
