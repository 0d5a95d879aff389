# The warp module passed around as a value could be used for anything.
# expect: 11:10: unsupported: warp module used as a value in host code
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0


module = wp
module.set_module_options({"mode": "debug"})
