import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    s = float(0.0)
    for j in range(32):
        s = s + a[i] * float(j)
    for j in range(40, 2, -3):
        s = s - float(j)
    for j in range(20):
        if s > 100.0:
            break
        s = s * 1.01
    for j in range(18):
        if j == 3:
            continue
        s = s + 0.5
    out[i] = s
