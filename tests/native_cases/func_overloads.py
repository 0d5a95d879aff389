# @wp.func redefined with other parameter types: overloads of one Function (Function.add_overload),
# each its own C++ name, resolved at the call by argument types in definition order.
import warp as wp


@wp.func
def scale(x: float):
    return x * 2.0


@wp.func
def scale(v: wp.vec3):
    return v * 3.0


@wp.kernel
def use_first(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    a[i] = scale(a[i])
    b[i] = scale(b[i]) + wp.vec3(scale(1.0))


@wp.func
def scale(x: float, y: float):
    return x * y


@wp.func
def scale(x: int):
    return x + 1


@wp.func
def twice(v: wp.vec3):
    return scale(v) + scale(scale(v[0], 0.5), 2.0) * v


@wp.kernel
def use_all(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=int)):
    i = wp.tid()
    a[i] = scale(a[i], 2.0) + scale(y=1.0, x=a[i])
    b[i] = twice(b[i])
    c[i] = scale(c[i])


@wp.func
def blend(x: wp.int32, w: float = 2.0):
    return float(x) * w


@wp.func
def blend(x: float):
    return x


@wp.kernel
def defaults_and_order(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = blend(i) + blend(a[i]) + blend(i, 3.0)
