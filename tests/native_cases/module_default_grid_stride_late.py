import warp as wp


@wp.kernel
def lean(a: wp.array(dtype=float)):
    i = wp.tid()
    if a[i] < 0.0:
        return
    a[i] = wp.sqrt(a[i])


wp.set_module_options({"default_grid_stride": False})
