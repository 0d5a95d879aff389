# Star-imported by star_import_project.py: no __all__, so every module-level name not starting with
# `_` is bound in the importer; `wp` is the warp module itself there.
import math

import numpy as np

import warp as wp

SCALE = 2.0
_PRIVATE = 3.0
origin = wp.vec3(0.0, 0.0, 0.0)


@wp.func
def helper_twice(x: float):
    return 2.0 * x


# Its own module's kernel: it never joins the importer's module.
@wp.kernel
def helper_fill(a: wp.array(dtype=float), value: float):
    a[wp.tid()] = value


def make_buffer(n):
    return np.zeros(n, dtype=np.float32) * math.pi


class Runner:
    steps = 3

    def run(self, kernel):
        wp.config.verify_fp = True  # only when called, never on import
        return kernel


def _setup():
    global READY
    READY = True


_setup()
