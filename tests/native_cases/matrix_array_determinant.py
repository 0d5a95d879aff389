import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.mat33), out: wp.array(dtype=float)):
    i = wp.tid()
    m = a[i]
    out[i] = wp.determinant(m)
