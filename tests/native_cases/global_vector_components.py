import warp as wp

ORIGIN = wp.constant(wp.vec3(5.59, 9.6, -100.0))
LIMITS = wp.vec4(0.1, 0.2, 0.3, 0.4)


@wp.func
def shifted(b: float) -> float:
    return b + ORIGIN.z * ORIGIN[1]


@wp.kernel
def k(out: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    a = ORIGIN.x + LIMITS.w
    if LIMITS.y > 0.15:
        a += wp.length(ORIGIN)
    v[i] = ORIGIN * ORIGIN.y
    out[i] = shifted(a) + LIMITS.x


@wp.func
def only_component(b: int) -> float:
    d = wp.log(ORIGIN.y) + LIMITS.z
    return d * float(b)


@wp.kernel
def k2(out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = only_component(i) + ORIGIN.y
