# expect: 12:9: unsupported: function results not unpacked one by one
import warp as wp


@wp.func
def pair(x: float):
    return x, x * 2.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    r = pair(a[0])
