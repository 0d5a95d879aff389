# expect: 8:9: unsupported: list display
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    x = [1.0, 2.0]
