# expect: 11:18: unsupported: chained comparison of operands of different or non-scalar types
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=int)):
    i = wp.tid()
    x = a[i]
    y = a[0]
    z = a[1]
    if x == y == z:
        out[i] = 1
