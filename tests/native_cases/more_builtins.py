import warp as wp


@wp.kernel
def k(f: wp.array(dtype=float), fd: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), vd: wp.array(dtype=wp.vec3d), m4: wp.array(dtype=wp.mat44), m4d: wp.array(dtype=wp.mat44d), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform)):
    i = wp.tid()
    a = wp.argmin(v[i]) + wp.argmax(wp.vec3i(1, 2, 3)) + wp.argmin(wp.vec2h(wp.float16(1.0), wp.float16(2.0)))
    m = wp.matrix_from_cols(v[i], v[i], v[i])
    m2 = wp.matrix_from_rows(wp.vec2(1.0, 2.0), wp.vec2(3.0, 4.0))
    m3 = wp.matrix_from_rows(vd[i], vd[i], vd[i])
    m4i = wp.matrix_from_cols(wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4))
    s = wp.skew(v[i])
    sd = wp.skew(vd[i])
    q1 = wp.quat_from_matrix(s)
    q2 = wp.quat_from_matrix(m4[i])
    q2d = wp.quat_from_matrix(m4d[i])
    q3 = wp.quat_rpy(f[i], 0.5, f[i])
    q3d = wp.quat_rpy(fd[i], fd[i], fd[i])
    q4 = wp.quat_slerp(q[i], q1, 0.3)
    t2 = wp.transform_multiply(t[i], t[i])
    p = wp.transform_point(m4[i], v[i]) + wp.transform_vector(m4[i], v[i])
    pd = wp.transform_point(m4d[i], vd[i])
    e = wp.erfc(f[i]) + wp.erfinv(f[i]) + wp.erfcinv(f[i]) + wp.rint(f[i]) + wp.div_approx(f[i], 2.0)
    ed = wp.erfcinv(fd[i]) + wp.rint(fd[i]) + wp.div_approx(fd[i], fd[i])
    inv = wp.inverse_approx(m) + wp.inverse_approx(m4[i])[0, 0] * wp.identity(n=3, dtype=float)
    h = wp.closest_point_edge_edge(v[i], v[i], p, v[i], 0.1)
    j = wp.intersect_tri_tri(v[i], v[i], v[i], v[i], v[i], p) + wp.intersect_tri_tri(vd[i], vd[i], vd[i], vd[i], vd[i], pd)
    st = wp.rand_init(i)
    s1 = wp.sample_triangle(st) + wp.sample_unit_ring(st)
    s2 = wp.sample_unit_hemisphere_surface(st)
    n = wp.pnoise(st, f[i], 3) + wp.curlnoise(st, wp.vec2(1.0, 2.0), wp.uint32(2), 0.5, 0.5)[0]
    total = e + float(a) + m[0, 0] + m2[0, 0] + s[1, 1] + q2.x + q3.y + q4.z + t2.p[0] + p[0] + float(sd[0, 1]) + inv[1, 1]
    total += h[2] + float(j) + s1[0] + s2[1] + n + float(m4i[0, 3]) + float(m3[1, 2] + q2d.w + q3d.x + ed)
    f[i] = total


@wp.kernel
def k2(m: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat22d), t: wp.array(dtype=float), td: wp.array(dtype=wp.float64), q: wp.array(dtype=wp.quat), v: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    m[i] = wp.lerp(m[i], wp.transpose(m[i]), t[i])
    md[i] = wp.lerp(md[i], md[i] * wp.float64(2.0), td[i])
    q[i] = wp.mul(q[i], q[i]) + wp.mul(wp.quat_identity(), q[i])
    v[i] = wp.add(v[i], v[i]) - wp.sub(v[i], wp.neg(v[i])) + wp.mul(wp.identity(n=4, dtype=float), v[i])
    t[i] = wp.div(t[i], 3.0) + wp.div_approx(t[i], t[i])


@wp.kernel
def k3(a: wp.array(dtype=wp.vec3i), b: wp.array(dtype=wp.vec3h)):
    i = wp.tid()
    a[i] = wp.cross(a[i], wp.vec3i(1, 2, 3))
    b[i] = wp.cross(b[i], b[i])
