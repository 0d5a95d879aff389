# expect: 10:12: unsupported: 'N' is bound by host code (line 13)
import warp as wp

N = wp.constant(wp.int32(3))


@wp.kernel
def k(a: wp.array(dtype=int)):
    i = wp.tid()
    a[i] = N


N.value = 4
