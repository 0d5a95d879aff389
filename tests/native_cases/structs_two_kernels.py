import warp as w


@w.struct
class Unused:
    a: float


@w.struct
class A:
    x: float


@w.struct
class B:
    """Two fields."""

    y: w.vec2
    z: w.int16


@w.func
def fa(a: A) -> float:
    return a.x


@w.func
def fb(x: float) -> B:
    b = B()
    b.y = w.vec2(x, x)
    return b


@w.kernel
def k1(out: w.array(dtype=float), a: A):
    i = w.tid()
    out[i] = fb(fa(a)).y[0]


@w.kernel
def k2(out: w.array(dtype=float), bs: w.array2d(dtype=B), a: A):
    i, j = w.tid()
    out[i] = float(bs[i, j].z) + a.x
