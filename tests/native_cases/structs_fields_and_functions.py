import warp as wp


@wp.struct
class Empty:
    pass


@wp.struct
class Mixed:
    """All kinds of fields."""

    a: wp.float16
    b: wp.uint8
    c: bool
    d: wp.mat22
    e: wp.quat
    f: wp.transform
    g: wp.vec3i
    h: wp.int64
    k: wp.float64


@wp.struct
class P:
    x: float
    y: wp.vec3


@wp.func
def first(m: Mixed) -> float:
    return float(m.a) + m.d[0, 1] + m.e.x + m.f.p[2] + float(m.g.y) + float(m.h) + float(m.k)


@wp.func
def make_p(x: float) -> P:
    p = P()
    p.x = x
    p.y = wp.vec3(x)
    return p


@wp.func
def use_empty(e: Empty, x: float) -> float:
    return x * 2.0


@wp.kernel
def k1(out: wp.array(dtype=float), ms: wp.array2d(dtype=Mixed), ps: wp.array(dtype=P), e: Empty):
    i, j = wp.tid()
    out[i] = first(ms[i, j]) + ms[i, j].f.p[0] + ms[i, j].e.y
    if ms[i, j].c:
        out[i] = out[i] + float(ms[i, j].b)
    q = make_p(out[i])
    out[i] = make_p(2.0).x + q.y.z + use_empty(e, 1.0)
    w = ps[i]
    w.x = 3.0
    ps[i] = w
    r = P(1.0, wp.vec3(1.0, 2.0, 3.0))
    for n in range(3):
        r = make_p(float(n))
    out[i] = r.x + w.y[1]
    z = q
    out[i] = z.x


@wp.kernel(enable_backward=False)
def k2(p: P, out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    p.x = 2.0
    out[i] = p.y * p.x
