import warp as wp

@wp.kernel
def k(out: wp.array(dtype=float)):
    i = wp.tid()
    a = wp.vec3d(1, 2.0, 3)
    b = wp.vec3(1, 2, 3)
    c = wp.mat22(1, 2, 3, 4)
    d = wp.mat22d(1.0, 2, 3.0, 4)
    e = wp.vec2i(1, 2)
    f = wp.vec3ui(1, 2, 3)
    g = wp.vec2l(5, 6)
    out[i] = b[0] + c[0, 0]
