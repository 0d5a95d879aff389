# Generic vector annotations (wp.types.vector(length=Any, dtype=Any)) are not reproduced natively.
# expect: 9:14: unsupported: generic annotation other than Any and arrays of Any
from typing import Any

import warp as wp


@wp.func
def norm2(v: wp.types.vector(length=Any, dtype=Any)):
    return wp.dot(v, v)


@wp.kernel
def k(a: wp.array(dtype=wp.vec3)):
    a[0] = a[0] * norm2(a[1])
