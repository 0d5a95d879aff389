# Generic kernels need explicit overloads (wp.overload) or launch-time instantiation: declined.
# expect: 9:10: unsupported: generic annotation outside a @wp.func parameter
from typing import Any

import warp as wp


@wp.kernel
def k(a: wp.array(dtype=Any)):
    a[wp.tid()] = a[0]
