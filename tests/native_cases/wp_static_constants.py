# wp.static() of expressions over literals and module constants: Warp evaluates them when the kernel is
# declared and puts a constant in their place; their source text and value join the kernel's hash.
import warp as wp

N = 4
SCALE = 0.25
SIZES = (3, 5, 8)
USE_DAMPING = N > 2


@wp.func
def damp(x: float):
    return x * wp.static(1.0 - SCALE)


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=int), c: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i] * wp.static(SCALE * 2.0) + float(N)
    wp.static(N)
    b[i] = wp.static(N * 2 + len(SIZES)) - wp.static(-SIZES[-1]) + wp.static(N // 3)
    b[i] += wp.static( N*2 + len(SIZES) )
    y = -wp.static(SCALE) + wp.static(N % 3 == 1 and SCALE or 2.0)
    if wp.static(USE_DAMPING and N >= 4):
        x = damp(x)
    if wp.static(not USE_DAMPING):
        y = y * 2.0
    z = wp.static(SIZES[0] if N < 10 else SIZES[1])
    if wp.static(1 < N <= 4):
        x += 1.0
    c[i] = x + y + float(z)
