import warp as wp

@wp.kernel
def k(out: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=wp.mat22), q: wp.array(dtype=wp.quat), f: wp.array(dtype=float)):
    i = wp.tid()
    out[i].y = f[i]
    out[i][2] = 1.0
    m[i, 0][1, 0] = 3.0
    m[i, 1][1] = wp.vec2(1.0, 2.0)
    q[i].w = 0.5
