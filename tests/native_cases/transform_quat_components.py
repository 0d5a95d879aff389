import warp as wp


@wp.func
def pick(t: wp.transform, i: int):
    return t[i] + t[6]


@wp.kernel
def reads(xs: wp.array(dtype=wp.transform), ys: wp.array2d(dtype=wp.transformd), out: wp.array(dtype=float), outd: wp.array(dtype=wp.float64)):
    i = wp.tid()
    xf = xs[i]
    a = xf[0] + xs[i][3]
    b = ys[i, 0][5] * wp.float64(2.0)
    c = pick(xf, i % 7)
    out[i] = a + c
    outd[i] = b


@wp.kernel
def local_stores(xs: wp.array(dtype=wp.transform), qs: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.transform), outq: wp.array(dtype=wp.quatd)):
    i = wp.tid()
    xf = xs[i]
    xf[2] = 1.5
    xf[i % 7] = xs[i][1]
    xf[4] += 0.25
    xf[5] -= xf[0]
    q = qs[i]
    q[1] = wp.float64(0.5)
    q[0] += wp.float64(2.0)
    q[3] -= q[2]
    q.w = q[2]
    q.x = q.y if i > 3 else wp.float64(3.0)
    q.z += wp.float64(1.0)
    q.y -= q.x
    out[i] = xf
    outq[i] = q


@wp.kernel
def element_stores(xs: wp.array(dtype=wp.transform), ys: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=float)):
    i = wp.tid()
    xs[i][1] = wp.sqrt(f[i])
    xs[i][6] = f[i]
    ys[i][0] = wp.float64(0.001)
    xs[i].p = v[i]
    xs[i].q = wp.quat(0.0, 0.0, 0.0, 1.0)
