# An import binds `warp_kernel` to wp.kernel: calling it registers a kernel.
# expect: 12:6: unsupported: 'warp_kernel' in host code (it is 'warp.kernel')
import warp as wp
from warp import kernel as warp_kernel


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0


k2 = warp_kernel(lambda a: None)
