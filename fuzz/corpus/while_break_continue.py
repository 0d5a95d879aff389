import warp as wp


@wp.kernel
def loops(a: wp.array(dtype=float), n: int):
    tid = wp.tid()
    s = float(0.0)
    k = int(0)
    while k < n:
        k = k + 1
        if k == 3:
            continue
        s = s + a[k]
        if s > 10.0:
            break
    for j in range(n):
        if j > 5:
            break
        s = s * 0.5
    for j in range(2, n, 3):
        s += float(j)
    a[tid] = s
