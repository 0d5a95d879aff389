import warp as wp


@wp.struct
class P:
    x: float
    y: wp.vec3
    n: int


@wp.kernel
def k(out: wp.array(dtype=float), s: P):
    i = wp.tid()
    t = P()
    t.x += 2.0
    t.n += 1
    t.y *= 2.0
    s.x -= t.x
    out[i] = t.x + s.x
