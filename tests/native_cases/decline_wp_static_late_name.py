# A name bound after the kernel is unknown when Warp evaluates wp.static() at declaration: Warp defers it.
# expect: 9:12: unsupported: wp.static() expression the native model does not evaluate
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = wp.static(LATER) * a[i]


LATER = 2.0
