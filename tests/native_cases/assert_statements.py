import warp as wp


@wp.func
def checked(x: float):
    assert x >= 0.0
    return wp.sqrt(x)


@wp.kernel
def asserts(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    assert i >= 0, "i \"neg\" here"
    x = a[i]
    assert (x == x) and i < a.shape[0], 'a \\ msg'
    out[i] = checked(x * x)
