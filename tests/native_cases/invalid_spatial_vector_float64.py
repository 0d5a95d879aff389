import warp as wp


@wp.kernel
def k(f: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.spatial_vectord)):
    i = wp.tid()
    out[i] = wp.spatial_vectord(wp.spatial_vector(f[i], f[i], f[i], f[i], f[i], f[i]))
