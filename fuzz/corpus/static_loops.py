import warp as wp

N = 4
SCALE = wp.constant(0.25)


@wp.kernel
def unrolled(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    acc = float(0.0)
    for j in range(N):
        acc = acc + a[i] * float(j) * SCALE
    for j in range(0, 8, 2):
        for k in range(2):
            acc += float(j * k)
    for j in range(3, 0, -1):
        acc = acc - float(j)
    for j in range(0):
        acc = acc + 1.0
    for j in range(4):
        if acc > 100.0:
            break
        acc = acc * 2.0
    out[i] = acc
