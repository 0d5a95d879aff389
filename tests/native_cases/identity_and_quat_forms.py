import warp as wp

N = wp.constant(3)


@wp.kernel
def k(f: wp.array(dtype=float), a: wp.array(dtype=wp.float64), q: wp.array(dtype=wp.quatd), m: wp.array(dtype=wp.mat33d)):
    i = wp.tid()
    i3 = wp.identity(n=3, dtype=wp.float64)
    i2 = wp.identity(n=2, dtype=float)
    i3b = wp.identity(3, wp.float64)
    i4 = wp.identity(dtype=wp.int32, n=4)
    iN = wp.identity(N, dtype=wp.float64)
    m[i] = i3 + i3b + iN
    q1 = wp.quatd(a[i], 0.1, a[i], 2.0)
    q2 = wp.quatd(0.5, 1.0, 2.0, 3.0)
    q3 = wp.quat(1.0, 2.0, f[i], 4.0)
    q5 = wp.quatd(wp.vec3d(1.0, 2.0, 3.0), 0.5)
    q6 = wp.quatd(q3)
    q7 = wp.quatd()
    q8 = wp.quatd(wp.vec3d(a[i], a[i], a[i]), a[i])
    q[i] = q1 + q2 + q5 + q6 + q7 + q8
    f[i] = i2[0, 0] + float(i4[3, 3])
