import warp as wp


@wp.func
def f(x: float):
    return x * 2.0


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=int)):
    i = wp.tid()
    a[i] = f(b[i])
