import warp as wp


@wp.func
def split(x: float, v: wp.vec3):
    if x < 0.0:
        return -x, v * 2.0
    return x * 2.0, v


@wp.func
def read_pair(a: wp.array(dtype=float), i: int):
    return 1.0, a[i]


@wp.func
def three(i: int):
    return i, i + 1, wp.vec2(float(i), 0.5)


@wp.kernel
def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    s, v = split(a[i], out[i])
    one, value = read_pair(a, i)
    p, q, w = three(i)
    out[i] = v * s + wp.vec3(one, value, w[0] + float(p + q))
