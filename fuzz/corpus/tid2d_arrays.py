import warp as wp


@wp.kernel
def grid(m: wp.array2d(dtype=float), out: wp.array(dtype=float, ndim=2), s: float):
    i, j = wp.tid()
    v = m[i, j] * s + m[i][j]
    out[i, j] = v
    wp.atomic_add(out, 0, 0, v)
    out[j, i] -= 1.0
