import warp as wp

@wp.kernel
def k(qs: wp.array(dtype=wp.quat), ts: wp.array(dtype=wp.transform), vs: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    q = qs[i]
    r = wp.quat(0.0, 0.0, 0.0, 1.0)
    s = wp.quat_identity()
    a = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.5)
    v = wp.quat_rotate(q * r, vs[i]) + wp.quat_rotate_inv(a, vs[i])
    qi = wp.normalize(wp.quat_inverse(q)) * 2.0
    m = wp.quat_to_matrix(qi)
    t = wp.transform(v, q)
    t2 = ts[i] * t
    p = wp.transform_point(t2, v) + wp.transform_vector(wp.transform_inverse(t), v)
    ti = wp.transform_identity()
    out[i] = q.x + q[3] + wp.length(q) + wp.dot(q, r) + t.p[0] + t2.q.w + p.y + s.w + m[0, 0] + ti.p.x
