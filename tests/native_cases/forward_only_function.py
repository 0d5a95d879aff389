import warp as wp

@wp.func
def sq(x: float):
    return x * x

@wp.kernel(enable_backward=False)
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = sq(a[i])
