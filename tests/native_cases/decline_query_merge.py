# expect: 10:9: unsupported: type change on assignment
import warp as wp


@wp.kernel
def k(bvh: wp.uint64, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), out: wp.array(dtype=int)):
    i = wp.tid()
    q = wp.bvh_query_aabb(bvh, lo[i], hi[i])
    if i > 2:
        q = wp.bvh_query_ray(bvh, lo[i], hi[i])
    item = int(0)
    n = int(0)
    while wp.bvh_query_next(q, item):
        n += 1
    out[i] = n
