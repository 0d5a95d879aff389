# Generic kernels need explicit overloads (wp.overload) or launch-time instantiation: declined.
# expect: 9:10: unsupported: generic kernel (its overloads come from wp.overload or launch)
from typing import Any

import warp as wp


@wp.kernel
def k(a: wp.array(dtype=Any)):
    a[wp.tid()] = a[0]
