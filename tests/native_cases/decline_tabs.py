# expect: 7:1: unsupported: tab or control character in source
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
	i = wp.tid()
	a[i] = 1.0
