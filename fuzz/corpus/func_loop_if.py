import warp as wp

@wp.func
def sq(x: float):
    return x * x

@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):
    tid = wp.tid()
    s = float(0.0)
    for i in range(n):
        s = s + sq(a[tid])
    if s > 1.0:
        b[tid] = wp.sin(s)
    else:
        b[tid] = s
