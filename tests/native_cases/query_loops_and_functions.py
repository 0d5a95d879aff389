# Queries inside @wp.func functions and loops: a closest-point query and a hash grid for-loop with
# continue/break in functions, ray queries re-made each iteration of a dynamic loop, unrolled loops of
# point queries, a float16 hash grid with and without a group, and BVH queries made in a loop.
import warp as wp


@wp.func
def closest_distance(mesh: wp.uint64, p: wp.vec3, max_dist: float):
    q = wp.mesh_query_point_no_sign(mesh, p, max_dist)
    d = max_dist
    if q.result:
        d = wp.length(p - wp.mesh_eval_position(mesh, q.face, q.u, q.v))
    return d


@wp.func
def neighbor_count(grid: wp.uint64, p: wp.vec3, r: float):
    n = int(0)
    for j in wp.hash_grid_query(grid, p, r):
        if j % 2 == 0:
            continue
        n += 1
        if n > 10:
            break
    return n


@wp.kernel
def k(mesh: wp.uint64, grid: wp.uint64, x: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), steps: int):
    tid = wp.tid()
    p = x[tid]
    acc = float(0.0)
    for s in range(steps):
        acc += closest_distance(mesh, p, 1.0) + float(neighbor_count(grid, p, 0.1))
        q = wp.mesh_query_ray(mesh, p, wp.vec3(0.0, 1.0, 0.0), 10.0)
        if q.result and q.face > 0:
            acc += q.t * q.normal[1] + q.normal.x
    for i in range(3):
        r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)
        acc += r.sign
    out[tid] = acc



@wp.kernel
def half_grid(grid: wp.uint64, x: wp.array(dtype=wp.vec3h), r: wp.float16, out: wp.array(dtype=int)):
    tid = wp.tid()
    n = int(0)
    query = wp.hash_grid_query(grid, x[tid], r, 2)
    index = int(0)
    while wp.hash_grid_query_next(query, index):
        n += index
    for j in wp.hash_grid_query(grid, x[tid], r):
        n -= j
    out[tid] = n


@wp.kernel
def bvh_in_loop(bvh: wp.uint64, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), out: wp.array(dtype=int)):
    tid = wp.tid()
    total = int(0)
    for k in range(4):
        query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])
        item = int(-1)
        while wp.bvh_query_next(query, item):
            total += item
    out[tid] = total
