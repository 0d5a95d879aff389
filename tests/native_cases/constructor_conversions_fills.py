import warp as wp

mat33ui = wp.types.matrix(shape=(3, 3), dtype=wp.uint32)


@wp.kernel
def k(
    a: wp.array(dtype=wp.mat22f),
    u: wp.array(dtype=wp.vec3),
    m: wp.array(dtype=mat33ui),
    t: wp.array(dtype=wp.transform),
    x: float,
):
    i = wp.tid()
    a[i] = a[i] + wp.mat22f(1.0)
    b = wp.mat22f(x)
    d = wp.vec3d(u[i])
    h = wp.vec3h(u[i])
    m[i] = mat33ui(wp.uint32(1)) + mat33ui(wp.uint32(i))
    tt = wp.transform()
    td = wp.transformd()
    t[i] = tt
    md = wp.mat22d(a[i])
    mf = wp.mat22(md)
    e = wp.mat33d(2.0)
    v = wp.vec2i(wp.vec2(1.5, 2.5))
