# wp.static() naming a @wp.func, or choosing one by a constant condition: the call goes to that
# function, which joins the kernel's hash through the static expression.
import warp as wp

FAST = False


@wp.func
def square(x: float):
    return x * x


@wp.func
def cube(x: float):
    return x * x * x


@wp.func
def apply(x: float):
    return wp.static(cube if FAST else square)(x) + 1.0


@wp.kernel
def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = wp.static(square)(a[i]) + apply(a[i]) + wp.static(FAST and cube or square)(2.0)
