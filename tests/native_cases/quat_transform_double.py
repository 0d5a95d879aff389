import warp as wp

@wp.kernel
def k(out: wp.array(dtype=wp.transformd), o2: wp.array(dtype=wp.transform)):
    i = wp.tid()
    q = wp.quatd(4.7, 9.27, -8.91, 1.0)
    t = wp.transformd(wp.vec3d(8.3, 9.6, 100.0), wp.quatd(0.0, 0.25, 0.001, -10.0))
    out[i] = t + t - t
    u = wp.transform(wp.vec3(1.0, 2.0, 3.0), wp.quat(0.0, 0.0, 0.0, 1.0))
    o2[i] = u - u
