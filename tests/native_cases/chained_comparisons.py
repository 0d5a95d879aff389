import warp as wp


@wp.kernel
def chained(a: wp.array(dtype=float), n: wp.array(dtype=int), out: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    lo = 0.0
    m = n[0]
    if 0 <= i < m:
        out[i] = x
    if lo < x <= 1.0 < 2.0:
        out[i] = out[i] + x
    j = n[i]
    k = i + 1
    ok = i < j == k != 3
    if not ok and -1.0 < x < lo:
        out[i] = -x
