# A function from wp.static() bound to a local.
# expect: 14:9: unsupported: wp.static() function used as a value
import warp as wp


@wp.func
def sq(x: float):
    return x * x


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    f = wp.static(sq)
    a[i] = f(a[i])
