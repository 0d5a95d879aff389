import warp as wp


@wp.kernel
def sel(a: wp.array(dtype=float), flags: wp.array(dtype=int), out: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    y = x if x > 0.0 else -x
    c = x > 1.0 or x < -1.0 and flags[i] != 0
    d = not c
    if c and d or x == 0.0:
        y = y + 1.0
    else:
        z = y * 2.0
        y = z
    out[i] = wp.where(x >= 0.0, y, 0.0)
