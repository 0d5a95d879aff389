import warp as wp


@wp.kernel
def k(f: wp.array(dtype=float), q: wp.array(dtype=wp.quatd)):
    i = wp.tid()
    q[i] = wp.quatd(f[i], 0.0, 0.0, 1.0)
