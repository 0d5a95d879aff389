import warp as wp


@wp.struct
class Leaf:
    w: wp.float64
    k: wp.int8


@wp.struct
class Inner:
    x: float
    leaf: Leaf


@wp.struct
class Other:
    q: wp.quat


@wp.struct
class Outer:
    inner: Inner
    other: Other
    y: float


@wp.func
def make_inner(x: float) -> Inner:
    i = Inner()
    i.x = x
    return i


@wp.func
def total(o: Outer) -> float:
    return o.inner.x + o.y + float(o.inner.leaf.w)


@wp.kernel
def k(a: wp.array(dtype=float), s: Outer, os: wp.array(dtype=Outer)):
    i = wp.tid()
    a[i] = s.inner.x + s.y + os[i].inner.x + make_inner(2.0).x + total(os[i]) + s.other.q.x
    t = Outer()
    t.inner = make_inner(a[i])
    t.y = t.inner.x
    n = t.inner.leaf
    a[i] = total(t) + float(n.k) + float(make_inner(1.0).leaf.k)


@wp.kernel
def k_store(a: wp.array(dtype=float), s: Outer):
    i = wp.tid()
    t = Outer()
    t.inner.x = a[i]
    t.inner.leaf.k = wp.int8(3)
    t.inner.leaf.w = wp.float64(a[i])
    s.other.q = wp.quat_identity()
    a[i] = t.inner.x + s.other.q.w + float(t.inner.leaf.k)
