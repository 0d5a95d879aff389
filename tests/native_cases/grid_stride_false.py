import warp as wp


@wp.kernel(grid_stride=False)
def scale(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):
    i = wp.tid()
    if i >= n:
        return
    b[i] = a[i] * 2.0


@wp.kernel
def plain(a: wp.array(dtype=float)):
    i = wp.tid()
    if a[i] < 0.0:
        return
    a[i] = wp.sqrt(a[i])
