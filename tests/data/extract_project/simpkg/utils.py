# SPDX-FileCopyrightText: 2026 warpsynth authors
# SPDX-License-Identifier: Apache-2.0
import warp as wp

GRAVITY = wp.constant(-9.81)
STEPS = 4


@wp.func
def damp(v: wp.vec3, k: float):
    return v * wp.exp(-k)


@wp.func
def clamp_speed(v: wp.vec3, vmax: float):
    s = wp.length(v)
    if s > vmax:
        return v * (vmax / s)
    return v
