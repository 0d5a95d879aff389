# SPDX-License-Identifier: BSD-3-Clause
# A script beside the package (no __init__.py here): it imports the package by name, which works because
# the project's root (pyproject.toml) is on sys.path.
import warp as wp

from simpkg.utils import damp


@wp.kernel
def step(v: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    v[i] = damp(v[i], 0.5)


if __name__ == "__main__":
    print("run the simulation")
