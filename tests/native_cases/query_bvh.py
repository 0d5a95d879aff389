# BVH queries (warp/examples/benchmarks/benchmark_bvh.py): every query kind with its default root left
# out or given, advanced with and without a max_dist, grouped BVHs and a mesh's own BVH.
import warp as wp


@wp.kernel
def aabb_overlaps(bvh_id: wp.uint64, lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):
    i = wp.tid()
    query = wp.bvh_query_aabb(bvh_id, lowers[i], uppers[i])
    bounds_nr = int(0)
    count = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        count += 1
    counts[i] = count


@wp.kernel
def ray_hits(bvh_id: wp.uint64, starts: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_t: float, hits: wp.array(dtype=int)):
    i = wp.tid()
    query = wp.bvh_query_ray(bvh_id, starts[i], dirs[i])
    item = int(0)
    while wp.bvh_query_next(query, item, max_t):
        wp.atomic_add(hits, item, 1)


@wp.kernel
def shapes(bvh_id: wp.uint64, mesh: wp.uint64, centers: wp.array(dtype=wp.vec3), radius: float, group: int, hits: wp.array(dtype=int)):
    i = wp.tid()
    c = centers[i]
    root = wp.bvh_get_group_root(bvh_id, group)
    sphere = wp.bvh_query_sphere(bvh_id, c, radius)
    rooted = wp.bvh_query_sphere(bvh_id, c, radius, root)
    capsule = wp.bvh_query_capsule(bvh_id, c, wp.vec3(1.0, 0.0, 0.0), radius)
    capsule_root = wp.bvh_query_capsule(bvh_id, c, wp.vec3(0.0, 1.0, 0.0), radius, root)
    box = wp.bvh_query_aabb(bvh_id, c - wp.vec3(radius), c + wp.vec3(radius), root)
    ray = wp.bvh_query_ray(wp.mesh_get_bvh(mesh), c, wp.vec3(0.0, 0.0, 1.0), wp.mesh_get_group_root(mesh, group))
    item = int(0)
    n = int(0)
    while wp.bvh_query_next(sphere, item):
        n += item
    while wp.bvh_query_next(rooted, item, 2.0):
        n += 1
    while wp.bvh_query_next(capsule, item, 1.0):
        n += 1
    while wp.bvh_query_next(capsule_root, item):
        n += 1
    while wp.bvh_query_next(box, item, 3.0):
        n += 1
    while wp.bvh_query_next(ray, item):
        n += 1
    hits[i] = n
