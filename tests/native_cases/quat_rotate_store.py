import warp as wp


@wp.kernel
def k(q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    out[i] = wp.quat_rotate(q[i], wp.vec3(1.0, 0.0, 0.0))
