import warp as wp


@wp.struct
class P:
    x: float
    y: wp.vec3
    n: int


@wp.func
def make_p(x: float) -> P:
    return P(x, wp.vec3(x), 1)


@wp.kernel
def k(out: wp.array(dtype=float), c: int, ps: wp.array(dtype=P)):
    i = wp.tid()
    if c > 0:
        t = make_p(1.0)
        out[i] = t.x
    out[i] = make_p(1.0).x + make_p(2.0).y[1]
    for n in range(c):
        u = make_p(float(n))
        out[i] = u.x + float(u.n)
    a = make_p(1.0)
    b = a
    a = make_p(2.0)
    out[i] = b.x + a.x
    d = a if c > 1 else b
    out[i] = d.y[2]
    while c < 3:
        a = make_p(3.0)
        c = c + 1
    out[i] = a.x + ps[i].y.z + float(ps[i].n)
