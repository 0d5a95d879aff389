import warp as wp


@wp.kernel
def half_atomics(h: wp.array(dtype=wp.float16), hv: wp.array2d(dtype=wp.vec4h), f: wp.array(dtype=float)):
    i = wp.tid()
    h[i] += wp.float16(f[i])
    h[i] -= wp.float16(1.5)
    hv[i, 0] -= wp.vec4h(wp.float16(0.1), wp.float16(f[i]), wp.float16(-0.25), wp.float16(0.01))
    old = wp.atomic_add(h, i, wp.float16(2.0))
    wp.atomic_sub(h, i, old)


@wp.kernel
def narrow_ints(a: wp.array(dtype=wp.int8), b: wp.array2d(dtype=wp.uint16), c: wp.array(dtype=wp.int16), d: wp.array(dtype=wp.uint8), n: int):
    i = wp.tid()
    a[i] += wp.int8(3)
    a[i] -= a[(i + 1) % n]
    b[i, 1] += wp.uint16(n)
    c[i] *= wp.int16(2)
    d[i] ^= wp.uint8(7)


@wp.kernel
def non_atomic_ops(f: wp.array(dtype=float), g: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), k: wp.array(dtype=int)):
    i = wp.tid()
    f[i] *= 2.0
    f[i] /= f[(i + 1) % 4]
    g[i] *= wp.float64(0.5)
    v[i] *= 3.0
    k[i] %= 5
    k[i] //= 2


@wp.kernel
def bitwise_atomics(a: wp.array(dtype=int), b: wp.array2d(dtype=wp.uint64), c: wp.array(dtype=wp.vec3i), n: int):
    i = wp.tid()
    a[i] &= n
    a[i] |= 4
    a[(i + 1) % n] ^= a[i]
    b[i, 0] |= wp.uint64(n)
    c[i] ^= wp.vec3i(1, 2, 3)
    old = wp.atomic_and(a, i, 7)
    wp.atomic_or(a, i, old)
    wp.atomic_xor(b, i, 1, wp.uint64(3))
