# A generic @wp.func redefined with other parameter types: its overloads would be instantiated into
# Function.user_templates and user_overloads, which native code does not model: declined.
# expect: 15:10: unsupported: overloads of a generic @wp.func
from typing import Any

import warp as wp


@wp.func
def f(x: float):
    return x


@wp.func
def f(x: Any):
    return x + x


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = f(a[i])
