import warp as wp


@wp.kernel
def copy2d(src: wp.indexedarray2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3)):
    i, j = wp.tid()
    v = src[i, j]
    dst[i, j] = v * 2.0
    src[i, j] = wp.normalize(v)


@wp.kernel
def add3d(a: wp.indexedarray(dtype=wp.float64, ndim=3), out: wp.indexedarray(dtype=wp.float64, ndim=3)):
    i, j, k = wp.tid()
    out[i, j, k] -= a[i, j, k] * wp.float64(0.5)
    n = a.shape[2]
    if k < n - 1:
        out[i, j, k + 1] = a[i, j, k]


@wp.kernel
def mats(m: wp.indexedarray[wp.mat33], out: wp.array[wp.mat33]):
    i = wp.tid()
    out[i] = wp.transpose(m[i]) * m[i]
    m[i] += out[i]
