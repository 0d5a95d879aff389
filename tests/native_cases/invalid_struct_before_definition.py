import warp as wp


@wp.func
def f(s: S) -> float:
    return s.x


@wp.struct
class S:
    x: float


@wp.kernel
def k(a: wp.array(dtype=float), s: S):
    a[0] = f(s)
