# expect: 8:11: unsupported: slice bound of a type other than int32
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float), n: wp.array(dtype=wp.int64)):
    i = wp.tid()
    s = a[n[0] :]
    a[i] = s[0]
