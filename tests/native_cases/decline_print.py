# expect: 8:5: unsupported: call of 'print'
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    print(a[i])
