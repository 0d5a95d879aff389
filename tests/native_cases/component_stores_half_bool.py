import warp as wp

@wp.kernel
def k(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), h: wp.array(dtype=wp.vec2h)):
    i = wp.tid()
    ok = wp.bool(False)
    b = bool(True)
    R = wp.mat22(1.0, 2.0, 3.0, 4.0)
    R[1] = wp.vec2(5.0, 6.0)
    h[i] = wp.vec2h(9.0, 0.01)
