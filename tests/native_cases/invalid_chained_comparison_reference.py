import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float), out: wp.array(dtype=int)):
    i = wp.tid()
    x = a[i]
    if 0.0 < x < a[0]:
        out[i] = 1
