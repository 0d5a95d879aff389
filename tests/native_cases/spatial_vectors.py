import warp as wp


@wp.func
def twist_power(t: wp.spatial_vector, w: wp.spatial_vector) -> float:
    return wp.spatial_dot(t, w)


@wp.kernel
def k(a: wp.array(dtype=wp.spatial_vector), b: wp.array(dtype=wp.spatial_vectord), f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), sm: wp.array(dtype=wp.spatial_matrix)):
    i = wp.tid()
    s = wp.spatial_vector(1.0, 2.0, f[i], 4.0, 5.0, 6.0)
    s2 = wp.spatial_vector(v[i], v[i])
    s3 = wp.spatial_vector()
    d = wp.spatial_vectord(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
    e = wp.spatial_vectorf(f[i])
    x = wp.spatial_cross_dual(s, s2) + wp.spatial_cross(s, s3) - e
    y = wp.spatial_dot(x, a[i]) + wp.spatial_top(s)[0] + wp.spatial_bottom(s).y + twist_power(s, x)
    m = sm[i]
    f[i] = y + wp.length(x) + wp.dot(s, s2) + float(wp.argmax(x)) + m[0, 5] + wp.spatial_vector(v[i], v[i])[4]
    b[i] = d * wp.float64(2.0)
    a[i] = wp.mul(m, x)
