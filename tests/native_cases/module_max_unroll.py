import warp as wp

wp.set_module_options({"max_unroll": 4})


@wp.func
def poly(x: float):
    s = float(0.0)
    for k in range(3):
        s = s * x + float(k)
    return s


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    v = a[i]
    for j in range(6):
        v = v * 0.5 + poly(v)
    for j in range(4):
        v += float(j)
    a[i] = v
