# Module constants computed with Python arithmetic from literals and earlier constants.
import warp as wp

FPS = 60
DT = 1.0 / FPS
N = 2**10
M = -N // 3
R = 7 % -3
Q = -7 // 2
SQ = 0.1**2
MIX = N * 0.5 + 1
HALF = 1 / 3
TWO_PI = wp.constant(2.0 * 3.141592653589793)
RELAX = wp.constant(2.0 / 3.0)
P = +(3 - 10) * 4
ALIAS = DT
V = wp.vec3(1.0 / 3.0, -0.5, 2**3)
FLAG = True
ON = FLAG


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=int), v: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    a[i] = DT + SQ + MIX + HALF + TWO_PI * RELAX + ALIAS
    b[i] = N + M + R + Q + P
    if ON:
        v[i] = V * 2.0
