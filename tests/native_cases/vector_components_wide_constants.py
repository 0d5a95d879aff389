import warp as wp

@wp.kernel
def k(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):
    i = wp.tid()
    v = wp.vec3(1.0, 2.0, 3.0)
    v[2] = a[i]
    v[0] += 1.0
    v.x = 2.0
    v.y += a[i]
    q = wp.vec3d(100.0, -3.0, 0.5)
    w = wp.vec3d(wp.float64(1.5), wp.float64(2.0), wp.float64(-3.0))
    x = wp.int64(5.9)
    y = wp.int64(7)
    z = wp.uint64(61)
    f = wp.float64(2)
    g = wp.float64(-0.71)
    h = wp.float32(0.5)
    j = wp.int32(3)
    d[i] = f + g + q[0] + w[1]
