# expect: 8:28: unsupported: default value other than a number or bool literal
import warp as wp

SCALE = 2.0


@wp.func
def f(x: float, s: float = SCALE * 2.0):
    return x * s


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = f(a[i])
