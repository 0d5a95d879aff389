# @wp.func redefined with the same parameter types replaces that overload in place (register_function):
# the last definition is the one kernels call, wherever they are defined; the others keep their place.
import warp as wp


@wp.func
def f(x: float):
    return x + 1.0


@wp.func
def f(v: wp.vec2):
    return v * 2.0


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    a[i] = f(a[i])
    b[i] = f(b[i])


@wp.func
def f(y: float):
    return y - 1.0


@wp.func
def g(x: float):
    return x


@wp.func
def g(x: float):
    return x * x


@wp.func
def f(v: wp.vec2):
    return v * g(v[1])


@wp.kernel
def k2(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = g(a[i]) + f(a[i])
