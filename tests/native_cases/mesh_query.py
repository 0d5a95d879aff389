# A closest-point query's MeshQueryPoint result with one of its fields stored.
import warp as wp


@wp.kernel
def k(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    q = wp.mesh_query_point(mesh, points[i], 1.0e6)
    out[i] = q.sign
