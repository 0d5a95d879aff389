import warp as wp

V = wp.constant(wp.vec3d(1.0, 2.0, 3.0))
VI = wp.vec2i(1, -2)
vec2b = wp.types.vector(2, dtype=bool)
VB = vec2b(True, False)
VU = wp.vec4ub(1, 2, 3, 255)
V2 = wp.vec2(1.5)


@wp.func
def first(v: wp.vec3d):
    return v[0]


@wp.kernel
def k(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.vec2i), c: wp.array(dtype=int)):
    i = wp.tid()
    a[i] = first(V) + wp.length(V) + V[-1]
    b[i] = VI * 2 + b[i]
    if VB[0]:
        c[i] = len(VU)
    c[i] = c[i] + int(VU[3]) + VI[1]
    w = V2 + wp.vec2(1.0, 2.0)
    x = wp.dot(V, wp.vec3d(1.0, 1.0, 1.0))
    y = V == wp.vec3d(1.0, 2.0, 3.0)
    z = wp.vec3d(V)
