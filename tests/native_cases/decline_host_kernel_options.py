# Host code touching a kernel's attributes (options, module) can change its code.
# expect: 11:1: unsupported: attribute of 'k' in host code
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0


k.options["enable_backward"] = False
