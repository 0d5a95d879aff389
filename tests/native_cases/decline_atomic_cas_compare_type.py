# expect: 8:11: unsupported: atomic_cas compare value of a type other than the array's element
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    old = wp.atomic_cas(a, i, 0, 1.0)
    a[i] = old
