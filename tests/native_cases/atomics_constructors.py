import warp as wp

@wp.kernel
def k(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32), f: wp.array(dtype=wp.float64)):
    i = wp.tid()
    wp.atomic_add(a, i, wp.vec3(1.0, 2.0, 3.0))
    wp.atomic_sub(m, i, wp.mat22(1.0, 2.0, 3.0, 4.0))
    wp.atomic_min(b, i, b[i])
    wp.atomic_max(c, i, c[i])
    x = wp.atomic_max(f, i, f[i])
    y = wp.atomic_min(a, i, a[i])
    z = wp.vec3(2.0)
    w = wp.vec3(z)
