import warp as wp

LIMIT = 3
neg_half = -0.5
FLAG = False


@wp.func
def helper(x: float, n: int) -> float:
    acc = x
    for i in range(n):
        if acc > 100.0:
            return acc
        acc = acc * 1.5 + neg_half
    return acc


@wp.func
def twice(x: float):
    return helper(helper(x, LIMIT), 2)


@wp.kernel
def first(a: wp.array(dtype=float), LIMIT: int):
    i = wp.tid()
    a[i] = twice(a[i]) + float(LIMIT)


@wp.kernel
def second(a: wp.array(dtype=float)):
    i = wp.tid()
    if FLAG:
        a[i] = 0.0
    else:
        a[i] = helper(a[i], 4)


@wp.kernel
def third(a: wp.array(dtype=float), b: wp.array(dtype=int)):
    i = wp.tid()
    x = 0x10 + 1_000 + 3000000000 - b[i]
    y = 1e-5 + 1e16 + 0.1 + 1.0e+3 + 5. + .5 + 1e999 - -2.0 + -neg_half
    t = True
    f = False
    if t:
        a[i] = y
    while True:
        if f or x > 5:
            break
        x = x + 1
    b[i] = x
