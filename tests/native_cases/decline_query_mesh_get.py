# expect: 8:9: unsupported: builtin 'wp.mesh_get'
import warp as wp


@wp.kernel
def k(mesh: wp.uint64, out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    m = wp.mesh_get(mesh)
    out[i] = m.points[i]
