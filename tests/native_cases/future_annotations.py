# `from __future__ import annotations` stringizes annotations; Warp evaluates them when it decorates.
from __future__ import annotations

import warp as wp


@wp.struct
class Params:
    gain: float
    offset: wp.vec3


@wp.func
def apply(p: Params, v: wp.vec3) -> wp.vec3:
    return v * p.gain + p.offset


@wp.kernel
def k(p: Params, a: wp.array(dtype=wp.vec3), b: wp.array2d[float]):
    i = wp.tid()
    a[i] = apply(p, a[i])
    b[i, 0] = a[i][0]
