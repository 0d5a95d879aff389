import warp as wp


@wp.kernel
def int_ops(a: wp.array(dtype=int), b: wp.array(dtype=wp.int32), n: int):
    i = wp.tid()
    x = a[i]
    y = x // 3 + x % 5 - n * 2
    z = (y & 7) | (x ^ 2)
    z = z << 1
    z = z >> 2
    w = ~z
    q = -x
    r = +y
    if not (x > 3):
        q = abs(q)
    b[i] = w + q + r + min(x, y) + max(z, 1)
