import warp as wp

N = wp.constant(wp.int32(3))
M = wp.int64(2)
F = wp.float32(0.5)
B = wp.constant(wp.uint8(1))
V = wp.constant(wp.vec3d(1.0, 2.0, 3.0))
VI = wp.vec2i(1, 2)


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array2d(dtype=float)):
    i = wp.tid()
    for j in range(N):
        a[i] = a[i] + float(j)
    for j in range(M):
        a[i] = a[i] + float(j)
    a[N] = F
    if N > 2:
        a[i] = 1.0
    if B:
        a[i] = 2.0
    x = V[0] + wp.float64(2.0)
    y = VI[1] * N
    b[i, N] = float(x)
    z = -N
    w = N + 1
    s = wp.vec3(F)
    t = wp.vec2d(F, F)
