import warp as wp


@wp.kernel
def k(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), pd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):
    i = wp.tid()
    a = wp.transformation(p[i], q[i])
    b = wp.transform(p[i], q[i])
    out[i] = a * b
    outd[i] = wp.transformation(pd[i], wp.quatd(0.0, 0.0, 0.0, 1.0))
