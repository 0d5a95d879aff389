import warp as wp


@wp.func
def norm_l2(a: wp.vec3):
    return wp.sqrt(wp.dot(a, a))


@wp.func
def transform_compose(a: float, b: float):
    return a * b + 1.0


@wp.func
def helper(x: float):
    return norm_l2(wp.vec3(x, x, 1.0))


@wp.kernel
def k(v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = transform_compose(norm_l2(v[i]), helper(out[i]))
