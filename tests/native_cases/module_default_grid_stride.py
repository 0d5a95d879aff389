import warp as wp

wp.set_module_options({"enable_backward": False, "default_grid_stride": False})


@wp.kernel
def lean(a: wp.array(dtype=float)):
    i = wp.tid()
    if a[i] < 0.0:
        return
    a[i] = wp.sqrt(a[i])


@wp.kernel(grid_stride=True)
def strided(a: wp.array(dtype=float)):
    i = wp.tid()
    if a[i] < 0.0:
        return
    a[i] = wp.sqrt(a[i])
