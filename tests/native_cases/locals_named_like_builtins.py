import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    pos = a[i]
    dir = wp.normalize(pos)
    length = wp.length(pos)
    out[i] = pos.x + dir.y + length + float(a.shape[0])
