"""Kernels that import the package by its absolute name (no license header)."""

import warp as wp

from simpkg.utils import damp


@wp.kernel
def drag(v: wp.array(dtype=wp.vec3), k: float):
    i = wp.tid()
    v[i] = damp(v[i], k)
