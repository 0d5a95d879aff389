# Generic @wp.func parameters (typing.Any, wp.array(dtype=Any), wp.array[Any]): one overload per
# distinct argument types, all under the function's one native name, in first-call order; a mix of
# generic and concrete parameters; a generic function calling another; a struct argument.
from typing import Any

import warp as wp


@wp.struct
class Pair:
    a: float
    b: float


@wp.func
def twice(x: Any):
    return x + x


@wp.func
def add_at(a: wp.array(dtype=Any), i: int, v: Any):
    a[i] = a[i] + twice(v)


@wp.func
def first(a: wp.array[Any]):
    return a[0]


@wp.func
def pair_sum(p: Any):
    return p.a + p.b


@wp.kernel
def k(f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int), p: Pair):
    i = wp.tid()
    add_at(f, i, 1.5)
    add_at(v, i, wp.vec3(1.0, 2.0, 3.0))
    add_at(n, i, 2)
    f[i] = twice(f[i]) + first(f) + pair_sum(p)
    n[i] = twice(n[i]) + first(n)


@wp.kernel
def k2(m: wp.array2d(dtype=float), h: wp.array(dtype=wp.float16)):
    i = wp.tid()
    m[i, 0] = twice(m[i, 1])
    add_at(h, i, h[0])
