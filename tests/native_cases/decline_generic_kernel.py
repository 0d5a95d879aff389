# wp.overload's types must match the generic kernel's parameters (Kernel.add_overload raises): declined.
# expect: 13:17: unsupported: wp.overload type not matching the kernel's parameter 'a'
from typing import Any

import warp as wp


@wp.kernel
def k(a: wp.array(dtype=Any)):
    a[wp.tid()] = a[0]


wp.overload(k, [wp.array2d[float]])
