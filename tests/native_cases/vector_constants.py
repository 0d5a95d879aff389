import warp as wp

GRAVITY = wp.constant(wp.vec3(0.0, -9.81, 0.1))
OFFSET = wp.vec2(1, -2.5)
UP = wp.constant(wp.vec3f(0.0, 1.0, 0.0))


@wp.kernel
def integrate(v: wp.array(dtype=wp.vec3), p: wp.array(dtype=wp.vec2), dt: float):
    i = wp.tid()
    v[i] = v[i] + GRAVITY * dt + UP
    g = GRAVITY
    p[i] = p[i] + OFFSET * g[1] - OFFSET


@wp.kernel
def copies(out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    a = wp.vec3(GRAVITY)
    b = wp.vec3(UP)
    out[i] = a + b + wp.vec3(2.0)
