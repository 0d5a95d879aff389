# expect: 7:12: unsupported: wp.static() expression the native model does not evaluate
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[0] = wp.static(len(a))
