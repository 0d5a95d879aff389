# Module options change the generated code.
# expect: 5:1: unsupported: 'wp...set_module_options' in host code
import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
