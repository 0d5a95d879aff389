import warp as wp

@wp.kernel
def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    n = len(a)
    m = len(v[i])
    b = bool(a[i])
    c = wp.bool(n)
    if b and c:
        a[i] = float(n + m)
