# SPDX-License-Identifier: MIT
import warp as wp

from ..utils import clamp_speed


@wp.kernel
def limit(v: wp.array(dtype=wp.vec3), vmax: float):
    i = wp.tid()
    v[i] = clamp_speed(v[i], vmax)
