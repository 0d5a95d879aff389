import warp as wp


@wp.struct
class A:
    v: wp.vec2
    f: wp.float64


@wp.struct
class B:
    x: float
    n: int


@wp.func
def mk(x: float) -> B:
    return B(x, 2)


@wp.kernel
def k(a: wp.array(dtype=float), bs: wp.array(dtype=B), sa: A):
    i = wp.tid()
    b = mk(a[i])
    c = A(wp.vec2(1.0, 2.0), wp.float64(3.0))
    if a[i] > 0.0:
        b = mk(2.0)
    bs[i] = b
    a[i] = b.x + float(c.f)
