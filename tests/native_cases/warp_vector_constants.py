import warp as wp

TILE_N = 128
SCALE = wp.vec2d(wp.float64(1 / TILE_N), wp.float64(1 / 3))
OFFSETS = wp.constant(wp.vec3i(1, -2, 3))
FILL = wp.vec4d(0.25)
ZEROS = wp.vec2()
MIXED = wp.vec3(wp.float64(1 / 3), 2, wp.float32(0.1))
vec3b = wp.types.vector(length=3, dtype=wp.bool)
FLAGS = wp.constant(vec3b((True, False, True)))
vec2s = wp.types.vector(2, wp.int16)
SMALL = vec2s(-1, 5)
UNSIGNED = wp.vec2ul(4000000000, 3)


@wp.func
def scaled(x: wp.vec2d):
    return wp.cw_mul(x, SCALE)


@wp.kernel
def vectors(
    a: wp.array(dtype=wp.vec2d),
    b: wp.array(dtype=wp.vec3i),
    c: wp.array(dtype=wp.vec4d),
    d: wp.array(dtype=wp.vec3),
    e: wp.array(dtype=int),
):
    i = wp.tid()
    a[i] = scaled(a[i])
    b[i] = OFFSETS
    c[i] = FILL
    d[i] = MIXED + wp.vec3(ZEROS[0], ZEROS[1], 1.0)
    if FLAGS[0]:
        e[i] = 1
    if FLAGS[1]:
        e[i] = 2
    s = SMALL
    u = UNSIGNED
    e[i] = e[i] + int(s[1]) + int(u[1])
