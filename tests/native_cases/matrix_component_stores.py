import warp as wp

@wp.kernel
def k(out: wp.array(dtype=float)):
    i = wp.tid()
    R = wp.mat22(1.0, 2.0, 3.0, 4.0)
    R[1, 0] = 7.0
    R[0][1] = 8.0
    R[1] += wp.vec2(1.0, 1.0)
    R[0, 0] += 2.0
    out[i] = R[1, 1]
