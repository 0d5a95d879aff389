# expect: 8:16: unsupported: slice outside an array subscript (of a vector, matrix or tile, or a store target)
import warp as wp


@wp.kernel
def k(out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    v = out[i][:2]
    out[i] = wp.vec3(v[0], v[1], 0.0)
