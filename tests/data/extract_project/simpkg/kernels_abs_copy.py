"""The same structure as kernels_abs.py with other names: a structural duplicate."""

import warp as wp

from simpkg.utils import damp


@wp.kernel
def slow_down(vel: wp.array(dtype=wp.vec3), c: float):
    j = wp.tid()
    vel[j] = damp(vel[j], c)
