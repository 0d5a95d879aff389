import warp as wp

N = wp.constant(wp.int32(3))
M = wp.int64(2)
U = wp.uint32(7)
F = wp.float64(0.25)
H = wp.constant(wp.float32(1))


@wp.func
def twice(x: int):
    return x * 2


@wp.func
def twice64(x: wp.int64):
    return x * wp.int64(2)


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32)):
    i = wp.tid()
    a[i] = float(twice(N)) + float(M) + float(F) + H
    b[i] = twice64(M) + M
    c[i] = U + wp.uint32(i)
    if N == 3:
        a[i] = a[i] * 2.0
    if M > wp.int64(1):
        a[i] = a[i] + 1.0
    d = a[M]
    e = b[N] * M
    f = U >> wp.uint32(1)
    g = wp.max(F, wp.float64(0.5))
    h = -F
    for j in range(N, 5):
        a[j] = 0.0
    while a[i] < H:
        a[i] = a[i] + 1.0
