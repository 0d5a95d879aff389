# A generic function with a return annotation (its overloads drop it): declined.
# expect: 9:22: unsupported: return annotation of a generic function
from typing import Any

import warp as wp


@wp.func
def twice(x: Any) -> float:
    return x + x


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[0] = twice(a[1])
