# A generic function called with keyword arguments: get_overload matches positional types only.
# expect: 15:18: unsupported: keyword arguments to a generic function
from typing import Any

import warp as wp


@wp.func
def twice(x: Any):
    return x + x


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[0] = twice(x=a[1])
