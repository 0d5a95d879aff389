import warp as wp


@wp.kernel
def k(xs: wp.array(dtype=wp.transform), ds: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):
    i = wp.tid()
    xf = xs[i]
    xf.p = v[i]
    xf.q = wp.normalize(q[i])
    xf.p += wp.vec3(1.0, 2.0, 3.0)
    xf.q -= q[i]
    out[i] = xf
    d = ds[i]
    d.p = wp.vec3d(wp.float64(1.0), wp.float64(2.0), wp.float64(0.5))
    d.p -= d.p * wp.float64(0.5)
    outd[i] = d
