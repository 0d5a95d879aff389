# expect: 6:5: unsupported: assignment to warp's config in host code (it changes Warp's options)
import warp as wp

FAST = True
if FAST:
    wp.config.enable_backward = False


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 1.0
