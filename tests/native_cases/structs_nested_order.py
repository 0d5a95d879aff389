import warp as wp


@wp.struct
class C:
    x: float


@wp.struct
class A:
    c: C
    n: int


@wp.struct
class B:
    y: wp.vec3


@wp.struct
class D:
    a: A
    b: B
    c: C


@wp.kernel
def k(out: wp.array(dtype=float), d: D, cs: wp.array(dtype=C)):
    i = wp.tid()
    out[i] = d.a.c.x + d.b.y[1] + cs[i].x + d.c.x
