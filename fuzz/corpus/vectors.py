import warp as wp


@wp.func
def project(v: wp.vec3, n: wp.vec3):
    return v - n * wp.dot(v, n)


@wp.kernel
def vecs(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.vec2), r: wp.array(dtype=wp.vec4), out: wp.array(dtype=float)):
    i = wp.tid()
    v = p[i]
    n = wp.normalize(wp.vec3(0.0, 1.0, 0.0))
    w = project(v, n) * 2.0 + 0.5 * v - v / 3.0
    u = q[i]
    s = u[0] + u.y + p[i].z + p[i][1] + wp.length_sq(u)
    t = r[i]
    d = wp.dot(t, t) + wp.length(w) + t.w
    m = wp.max(w, v)
    k = wp.vec2i(1, 2)
    out[i] = s + d + m.x + float(k[0]) + wp.length(wp.cross(w, -v))
