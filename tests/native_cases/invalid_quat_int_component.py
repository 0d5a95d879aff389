import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.quatd)):
    i = wp.tid()
    a[i] = wp.quatd(4.7, 9.27, -8.91, 1)
