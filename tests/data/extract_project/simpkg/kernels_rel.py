# SPDX-License-Identifier: Apache-2.0
# Kernels that reach the package's helpers through relative imports.
import warp as wp

from .utils import GRAVITY, STEPS, clamp_speed, damp


@wp.func
def gravity_step(v: wp.vec3, dt: float):
    return v + wp.vec3(0.0, GRAVITY, 0.0) * dt


@wp.kernel
def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):
    i = wp.tid()
    vi = damp(gravity_step(v[i], dt), 0.1)
    v[i] = clamp_speed(vi, 10.0)
    x[i] = x[i] + v[i] * dt


@wp.kernel
def relax(u: wp.array(dtype=float), u_new: wp.array(dtype=float)):
    i = wp.tid()
    acc = float(0.0)
    for _ in range(STEPS):
        acc += u[i] * 0.5
    u_new[i] = acc
