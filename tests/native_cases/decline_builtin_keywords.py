# expect: 8:27: unsupported: keyword arguments to a builtin
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = wp.clamp(a[i], low=0.0, high=1.0)
