# expect: 5:24: unsupported: set_module_options key other than 'enable_backward', 'default_grid_stride', 'max_unroll' and 'enable_mathdx_*' (the native backend models these only)
import warp as wp

wp.set_module_options({"enable_backward": False})
wp.set_module_options({"fast_math": True})


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 1.0
