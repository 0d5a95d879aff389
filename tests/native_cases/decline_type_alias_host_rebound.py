# A type alias host code may rebind has an unknown value: the kernel naming it is declined there.
# expect: 14:25: unsupported: 'V' is bound by host code (line 10)
import sys

import warp as wp

V = wp.vec3

if sys.platform == "win32":
    V = wp.vec2


@wp.kernel
def k(a: wp.array(dtype=V)):
    a[wp.tid()] = V()
