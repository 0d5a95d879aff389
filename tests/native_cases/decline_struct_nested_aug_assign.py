# expect: 19:5: unsupported: attribute augmented-assignment target
import warp as wp


@wp.struct
class Inner:
    x: float


@wp.struct
class Outer:
    inner: Inner


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    t = Outer()
    t.inner.x += a[i]
    a[i] = t.inner.x
