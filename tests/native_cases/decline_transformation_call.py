# expect: 8:9: unsupported: transform constructor arguments
import warp as wp


@wp.kernel
def k(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quatd), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    t = wp.transformation(p[i], q[i])
    out[i] = wp.transform_get_translation(t)
