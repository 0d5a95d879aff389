# Return annotations of generic functions: hashed with the template ("return:?", "return:a1?",
# "return:f4"), unchecked in their overloads (an overload's arg_types has no return entry).
from typing import Any

import warp as wp


@wp.func
def twice(x: Any) -> float:
    return x + x


@wp.func
def same(x: Any) -> Any:
    return x


@wp.func
def identity(a: wp.array[Any]) -> wp.array[Any]:
    return a


@wp.kernel
def k(f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int)):
    i = wp.tid()
    f[i] = twice(f[i]) + same(f[0])
    # Warp does not check an overload's result against the annotation: a vec3 from a "-> float"
    v[i] = twice(v[i]) + same(v[0])
    n[i] = identity(n)[0] + twice(n[1])
    g = identity(f)
    g[i] = 1.0
