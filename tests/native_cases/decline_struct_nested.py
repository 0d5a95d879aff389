import warp as wp


@wp.struct
class Inner:
    x: float


@wp.struct
class Outer:
    inner: Inner
    y: float


@wp.kernel
def k(a: wp.array(dtype=float), s: Outer):
    a[0] = s.inner.x + s.y
