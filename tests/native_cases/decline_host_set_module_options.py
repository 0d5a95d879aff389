# Module options change the generated code: only literal enable_backward values are modelled.
# expect: 7:43: unsupported: set_module_options value other than True or False
import warp as wp

FAST = True

wp.set_module_options({"enable_backward": not FAST})


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
