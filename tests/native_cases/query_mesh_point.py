# Closest-point mesh queries (warp/examples/core/example_mesh.py, geometry/example_sparse_marching_cubes.py):
# the MeshQueryPoint result and its fields, every sign variant with its defaults left out or given, the
# out-parameter overloads, and the mesh evaluation builtins, forward and backward.
import warp as wp


@wp.kernel
def collide(
    mesh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    margin: float,
    max_dist: float,
):
    tid = wp.tid()
    xpred = x[tid] + v[tid] * 0.01
    query = wp.mesh_query_point_sign_normal(mesh, xpred, max_dist)
    if query.result:
        p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)
        delta = xpred - p
        dist = wp.length(delta) * query.sign
        err = dist - margin
        if err < 0.0:
            n = wp.normalize(delta) * query.sign
            xpred = xpred - n * err
    x[tid] = xpred


@wp.kernel
def sdf(mesh_id: wp.uint64, points: wp.array(dtype=wp.vec3), values: wp.array(dtype=float)):
    i = wp.tid()
    p = points[i]
    q = wp.mesh_query_point_sign_winding_number(mesh_id, p, 1.0e6)
    values[i] = q.sign * wp.length(p - wp.mesh_eval_position(mesh_id, q.face, q.u, q.v))


@wp.kernel
def variants(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), vel: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    p = points[i]
    a = wp.mesh_query_point(mesh, p, 10.0)
    b = wp.mesh_query_point_no_sign(mesh, p, 10.0)
    c = wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0)
    d = wp.mesh_query_point_sign_normal(mesh, p, 10.0, 0.01)
    w = wp.mesh_query_point_sign_winding_number(mesh, p, 10.0, 3.0)
    f = wp.mesh_query_point_sign_winding_number(mesh, p, 10.0, 3.0, 0.25)
    g = wp.mesh_query_point_sign_parity(mesh, p, 10.0)
    h = wp.mesh_query_point_sign_parity(mesh, p, 10.0, 3)
    s = a.sign + b.u + c.v + d.sign + w.sign + f.sign + g.sign + h.u
    if a.result and b.result:
        s += float(a.face + b.face)
    out[i] = s
    vel[i] = wp.mesh_eval_velocity(mesh, b.face, b.u, b.v) + wp.mesh_eval_face_normal(mesh, c.face)


@wp.kernel
def out_parameters(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    p = points[i]
    sign = float(0.0)
    face = int(0)
    u = float(0.0)
    v = float(0.0)
    wp.mesh_query_point(mesh, p, 1.0e6, sign, face, u, v)
    hit = wp.mesh_query_point_no_sign(mesh, p, 1.0e6, face, u, v)
    if wp.mesh_query_point_sign_normal(mesh, p, 1.0e6, sign, face, u, v):
        out[i] = wp.mesh_eval_position(mesh, face, u, v) * sign
    if hit:
        wp.mesh_query_point_sign_winding_number(mesh, p, 1.0e6, sign, face, u, v, 2.0)
        wp.mesh_query_point_sign_parity(mesh, p, 1.0e6, sign, face, u, v)
        wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0, face, u, v)
    idx = wp.mesh_get_index(mesh, face * 3)
    out[i] += wp.mesh_get_point(mesh, idx) + wp.mesh_get_velocity(mesh, idx)
