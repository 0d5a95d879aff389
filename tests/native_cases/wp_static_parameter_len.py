import warp as wp

SIZES = (4, 8)


@wp.kernel(enable_backward=False)
def quat_len_kernel(q: wp.quat, m: wp.types.matrix((2, 3), float), v: wp.vec4d, t: wp.transform, out: wp.array(dtype=int)):
    length = wp.static(len(q))
    wp.expect_eq(wp.static(len(q)), 4)
    out[0] = wp.static(len(q))
    out[1] = wp.static(len(m) + len(v) * 2)
    out[2] = wp.static(len( t ) + len(SIZES))
    out[3] = length
    for i in range(wp.static(len(v))):
        out[i] = i


@wp.func
def rows(m: wp.mat33d, s: float):
    return float(wp.static(len(m))) * s


@wp.kernel
def use_rows(out: wp.array(dtype=float)):
    out[0] = rows(wp.mat33d(), 2.0)
