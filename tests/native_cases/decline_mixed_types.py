# expect: 8:12: unsupported: builtin 'mul' with argument types (f4, i4)
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * 2
