# The Mesh descriptor of wp.mesh_get (warp/tests/geometry/test_mesh.py): its points, velocities and
# indices arrays read through the descriptor, with and without a backward pass.
import warp as wp


@wp.kernel
def read_points(mesh_id: wp.uint64, out: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    mesh = wp.mesh_get(mesh_id)
    out[tid] = mesh.points[tid] + mesh.velocities[tid] * 0.5


@wp.kernel(enable_backward=False)
def read_indices(mesh_id: wp.uint64, out_indices: wp.array(dtype=int)):
    tid = wp.tid()
    mesh = wp.mesh_get(mesh_id)
    out_indices[tid * 3 + 0] = mesh.indices[tid * 3 + 0]
    out_indices[tid * 3 + 1] = mesh.indices[tid * 3 + 1]
    out_indices[tid * 3 + 2] = wp.mesh_get(mesh_id).indices[tid * 3 + 2]
