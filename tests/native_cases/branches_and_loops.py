import warp as wp


@wp.kernel
def branches(a: wp.array(dtype=float), n: int):
    i = wp.tid()
    x = a[i]
    if x > 0.0:
        only_if = x * 2.0
        x = only_if
    elif x < -1.0:
        x = -x
    else:
        other = 1.0
    for j in range(3):
        x = x + float(j)
    for j in range(n):
        j = j + 1
        x = x * 0.5 if x > 1.0 else x + 0.25
    k = int(0)
    while k < n:
        inner = int(0)
        while inner < 2:
            inner = inner + 1
            if inner == 1:
                continue
            x = x - 0.125
        k = k + 1
    y = (x +
         1.0 *
         wp.sin(
             x))
    a[i] = y + wp.cos(x) + wp.sqrt(wp.abs(x)) + wp.exp(-x) + wp.log(1.0 + wp.abs(y)) + wp.max(x, y) + wp.min(y, 0.5)
