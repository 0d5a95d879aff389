import warp as wp


@wp.kernel
def updates(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array2d(dtype=wp.quat), t: wp.array(dtype=wp.transform), vi: wp.array(dtype=wp.vec3i), ks: wp.array(dtype=int), f: wp.array(dtype=float)):
    i = wp.tid()
    out[i][ks[i]] += f[i]
    out[i].y -= f[i] * 2.0
    out[i][2] -= out[i][0]
    m[i][ks[i], 1] += wp.float64(2.0)
    m[i][0] -= wp.vec2d(wp.float64(1.0), wp.float64(f[i]))
    q[i, 0].w += 0.5
    q[i, 1][3] -= f[i]
    t[i][6] += 1.0
    t[i].p += wp.vec3(1.0, 2.0, 3.0)
    t[i].q -= q[i, 0]
    vi[i][0] += 3
    vi[i].y &= ks[i]
    vi[i][2] |= 5
    vi[i].x ^= 1


@wp.kernel
def loaded_component_indices(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), ks: wp.array(dtype=int), f: wp.array(dtype=float)):
    i = wp.tid()
    out[i][ks[i]] = f[i]
    m[i][ks[i], ks[0]] = 2.0
    m[i][ks[i]] = wp.vec2(1.0, 2.0)
