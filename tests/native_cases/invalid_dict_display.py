import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    d = {"x": 1.0}
    a[i] = 1.0
