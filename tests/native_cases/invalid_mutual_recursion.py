import warp as wp

@wp.func
def f(x: float):
    return g(x)

@wp.func
def g(x: float):
    return f(x)

@wp.kernel
def k(a: wp.array(dtype=float)):
    a[0] = f(a[0])
