import warp as wp


@wp.func
def sq(x: float):
    return x * x


@wp.func
def shared(x: float):
    return sq(x) + 1.0


@wp.kernel(enable_backward=False)
def forward_only(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = sq(a[i]) + shared(a[i])


@wp.kernel(enable_backward=True)
def with_backward(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = shared(a[i])
