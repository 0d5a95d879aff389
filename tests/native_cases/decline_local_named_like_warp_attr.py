# expect: 9:14: unsupported: attribute of 'e'
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    e = a[i]
    out[i] = e.x
