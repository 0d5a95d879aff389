import warp as wp


@wp.func
def pick(x: float, y: float) -> float:
    if x > y:
        return x
    else:
        return y


@wp.func
def scale(v: wp.vec3, s: float):
    w = v * s
    if s > 1.0:
        return w
    return -w


@wp.func
def no_args():
    return 2.0


@wp.kernel
def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):
    i, j = wp.tid()
    a[i] = pick(a[i], no_args())
    v[j] = scale(v[j], a[i])
