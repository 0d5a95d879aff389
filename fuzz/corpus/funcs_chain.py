import warp as wp


@wp.func
def clamp01(x: float):
    if x < 0.0:
        return 0.0
    elif x > 1.0:
        return 1.0
    return x


@wp.func
def smooth(x: float, y: float) -> float:
    """Docstring is skipped."""
    t = clamp01(x - y)
    return t * t * (3.0 - 2.0 * t)


@wp.func
def store(a: wp.array(dtype=float), i: int, v: float):
    a[i] = v


@wp.kernel
def kern(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    # a comment
    i = wp.tid()

    v = smooth(a[i], b[i])
    store(b, i, v)
    if v > 0.5:
        return
    b[i] = clamp01(v + 1.0)
