import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    s = float(0.0)
    for j in range(4):
        if a[i] > float(j):
            continue
        s = s + float(j)
        if s > 2.0:
            s = s * 0.5
            continue
        elif s < -1.0:
            s = -s
        s = s + 1.0
    for j in range(3):
        s = s + 1.0
        continue
    for j in range(2):
        for m in range(2):
            if m == j:
                continue
            s = s + float(m)
    out[i] = s
