# The warp module's float constants (warp/_src/constants.py), both spellings, finite and not: each a
# float32 constant, added once more as a call argument (resolve_arg), hashed as "wp.<name>"; module
# globals computed from them.
import warp as wp

QUARTER_TURN = wp.constant(wp.pi / 4.0)
AXIS = wp.constant(wp.vec3(wp.tau, 0.0, wp.e))
LIMIT = wp.constant(wp.inf)


@wp.func
def wave(x: float, k: float):
    return wp.sin(wp.TAU * k * x) * wp.exp(-wp.ln2 * x)


@wp.kernel
def k(a: wp.array1d(dtype=float), out: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    theta = 2.0 * wp.pi * a[i] + wp.half_pi
    out[i] = wp.vec2(wp.cos(theta), wave(a[i], wp.e)) * wp.max(wp.phi, wp.log2e) + wp.vec2(wp.LOG10E, wp.LN10)
    a[i] = wp.min(theta, wp.PI) + QUARTER_TURN + AXIS[2] + wp.min(a[i], LIMIT)

@wp.func
def clamp_finite(x: float):
    if wp.isnan(x):
        return wp.NAN
    return wp.min(x, wp.INF)


@wp.kernel
def k2(a: wp.array1d(dtype=float), b: wp.array1d(dtype=wp.float64)):
    i = wp.tid()
    best = wp.inf
    best = wp.min(best, a[i])
    a[i] = clamp_finite(best) + wp.nan * 0.0
    b[i] = wp.float64(wp.inf) - wp.float64(-wp.inf)
