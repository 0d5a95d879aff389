# Ray casts and box queries against meshes (warp/examples/core/example_raycast.py, example_mesh_intersect.py):
# the MeshQueryRay result and its fields, the default root left out or given, the out-parameter overload,
# any-hit and counting queries, and mesh AABB/sphere queries advanced by while and for loops.
import warp as wp


@wp.kernel
def draw(mesh: wp.uint64, cam_pos: wp.vec3, width: int, height: int, pixels: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    x = tid % width
    y = tid // width
    sx = 2.0 * float(x) / float(height) - 1.0
    sy = 2.0 * float(y) / float(height) - 1.0
    ro = cam_pos
    rd = wp.normalize(wp.vec3(sx, sy, -1.0))
    color = wp.vec3(0.0, 0.0, 0.0)
    query = wp.mesh_query_ray(mesh, ro, rd, 1.0e6)
    if query.result:
        color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5) * query.t + wp.vec3(query.u, query.v, query.sign)
    pixels[tid] = color


@wp.kernel
def rays(mesh: wp.uint64, starts: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), roots: wp.array(dtype=int), out: wp.array(dtype=float)):
    i = wp.tid()
    q = wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, roots[i])
    t = float(0.0)
    u = float(0.0)
    v = float(0.0)
    sign = float(0.0)
    n = wp.vec3()
    f = int(0)
    hit = wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, t, u, v, sign, n, f)
    if wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, t, u, v, sign, n, f, roots[i]):
        t += 1.0
    any_hit = wp.mesh_query_ray_anyhit(mesh, starts[i], dirs[i], 50.0)
    count = wp.mesh_query_ray_count_intersections(mesh, starts[i], dirs[i])
    count += wp.mesh_query_ray_count_intersections(mesh, starts[i], dirs[i], roots[i])
    if any_hit or wp.mesh_query_ray_anyhit(mesh, starts[i], dirs[i], 50.0, roots[i]):
        count += 1
    if hit:
        out[i] = q.t + t + float(count) + float(q.face)


@wp.kernel
def intersect(mesh_0: wp.uint64, mesh_1: wp.uint64, num_faces: int, out: wp.array(dtype=int)):
    face = wp.tid()
    v0 = wp.mesh_eval_position(mesh_0, face, 1.0, 0.0)
    v1 = wp.mesh_eval_position(mesh_0, face, 0.0, 1.0)
    v2 = wp.mesh_eval_position(mesh_0, face, 0.0, 0.0)
    lower = wp.min(wp.min(v0, v1), v2)
    upper = wp.max(wp.max(v0, v1), v2)
    query = wp.mesh_query_aabb(mesh_1, lower, upper)
    f = int(0)
    while wp.mesh_query_next(query, f):
        u0 = wp.mesh_eval_position(mesh_1, f, 1.0, 0.0)
        if wp.intersect_tri_tri(v0, v1, v2, u0, u0, u0) > 0:
            out[face] = 1
    for g in wp.mesh_query_aabb(mesh_1, lower, upper):
        out[face] += g
    sphere = wp.mesh_query_sphere(mesh_1, v0, 0.5)
    while wp.mesh_query_aabb_next(sphere, f):
        out[face] += 1
    others = wp.mesh_query_sphere(mesh_1, v1, 0.25)
    while wp.mesh_query_next(others, f):
        out[face] -= 1
    for h in wp.mesh_query_sphere(mesh_1, v2, 0.25):
        out[face] += h
    aabb = wp.mesh_query_aabb(mesh_1, lower, upper)
    while wp.mesh_query_aabb_next(aabb, f):
        out[face] += f
