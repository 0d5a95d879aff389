import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=int)):
    i = wp.tid()
    a[i] = a[i] + float(b[i]) + b[i]
