# A float32 vector constant is a mutable ctypes array: host code naming it may change it.
# expect: 10:19: unsupported: 'ORIGIN' is bound by host code (line 14)
import warp as wp

ORIGIN = wp.vec3(0.0, 1.0, 0.0)


@wp.kernel
def k(a: wp.array(dtype=wp.vec3)):
    a[wp.tid()] = ORIGIN


def shift(dx):
    ORIGIN[0] += dx


shift(1.0)
