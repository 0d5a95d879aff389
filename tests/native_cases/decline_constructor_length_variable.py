# expect: 8:37: unsupported: vector length other than an int literal
import warp as wp


@wp.kernel
def k(out: wp.array(dtype=float)):
    n = 3
    v = wp.types.vector(1.0, length=n)
    out[0] = v[0]
