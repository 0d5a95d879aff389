# Overloads by struct and array parameter types, an overload calling another of its own name, and a
# wp.static() naming the overloaded function: each resolved by argument types at its call.
import warp as wp


@wp.struct
class Pair:
    a: float
    b: float


@wp.func
def total(p: Pair):
    return p.a + p.b


@wp.func
def total(xs: wp.array(dtype=float), i: int):
    return xs[i] + total(Pair(xs[i], 1.0))


@wp.func
def total(xs: wp.array(dtype=wp.vec2), i: int):
    v = xs[i]
    return total(Pair(v[0], v[1]))


@wp.func
def total():
    return 0.5


@wp.kernel
def k(xs: wp.array(dtype=float), vs: wp.array(dtype=wp.vec2), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = total(xs, i) + total(vs, i) + wp.static(total)() + total()
