# Generic functions called without all their arguments: get_overload instantiates a defaulted parameter
# with its default's type (Python float: float32) whatever its annotation, after func_match_args checked the
# default against a concrete annotation; later calls reuse an instance their argument types match.
from typing import Any

import warp as wp


@wp.func
def axpy(x: Any, a: float = 2.0, y: Any = 1.0, n: int = 3):
    return x * a + y * float(n)


@wp.func
def widen(x: Any, s: wp.float64 = 1.5):
    return wp.float64(x) * wp.float64(s)


@wp.kernel
def k(f: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):
    i = wp.tid()
    f[i] = axpy(f[i])
    f[i] = axpy(f[i], 3.0)
    f[i] = axpy(f[i], 3.0, f[0])
    f[i] = axpy(f[i], 3.0, f[0], 4)
    d[i] = widen(d[i], d[0])
