"""A module with the usual script scaffolding around its kernel."""

import numpy as np
import warp as wp

GAIN = 1.5
OFFSET = wp.constant(-2)
ENABLED = True


def host_helper(n):
    return np.arange(n)


@wp.kernel
def scale(x: wp.array(dtype=float), y: wp.array(dtype=float)):
    tid = wp.tid()
    v = x[tid] * GAIN
    if ENABLED:
        v = v + float(OFFSET)
    y[tid] = v
    # trailing indented comment that belongs to the function source

if __name__ == "__main__":
    wp.init()
    a = wp.array(host_helper(8), dtype=float)
    print(a)
