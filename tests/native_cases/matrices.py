import warp as wp

@wp.kernel
def k(a: wp.array(dtype=wp.mat33), b: wp.array(dtype=wp.mat22d), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    m = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)
    n = a[i] * m + m - a[i]
    w = n * v[i]
    d = wp.mat22d(0.5, 1.0, 2.0, 3.0)
    e = b[i] * d
    s = wp.determinant(m) + wp.trace(n) + m[0, 1] + m[1][2] + float(e[0, 0])
    r = m[2]
    t = wp.transpose(m) * 2.0
    z = wp.mat22()
    out[i] = s + r[0] + w.x + t[0, 0]
    a[i] = -t
    a[i] += m
