# wp.static() in a generic kernel: Warp evaluates it again for each overload, against the globals of
# that moment. Declined.
# expect: 16:13: unsupported: wp.overload of a kernel with wp.static() (Warp evaluates it again for each overload)
from typing import Any

import warp as wp

N = 3


@wp.kernel
def k(a: wp.array(dtype=Any)):
    a[wp.tid()] = a[0] * wp.static(N)


wp.overload(k, [wp.array[float]])
