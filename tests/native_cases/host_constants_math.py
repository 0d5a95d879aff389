# Module constants computed from math and numpy constants, math.sqrt, tuples and wp.constant(expr),
# as CPython computes them.
import math

import numpy as np
import warp as wp

N_GRID = 128
DOMAIN = 2 * np.pi
H = DOMAIN / N_GRID
INV_H2 = 1.0 / (H * H)
DX = 2.0 / (N_GRID - 1)
DT = 0.95 * DX / math.sqrt(3.0)
TAU = math.tau / 4 + math.e
WIDTHS = (1.0, 2.5)
HALF = wp.constant(DT * 0.5)
BIG = N_GRID >= 100


@wp.kernel
def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    v = a[i] * INV_H2 + DT + TAU - HALF
    if BIG:
        v = v * wp.static(WIDTHS[1])
    out[i] = v
