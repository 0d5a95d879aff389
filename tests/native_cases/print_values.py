import warp as wp


@wp.func
def show(x: float):
    print(x)
    return x * 2.0


@wp.kernel
def prints(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22)):
    i = wp.tid()
    print(a[i])
    print(v[i])
    wp.print(i)
    x = show(a[i]) + 1.0
    print(x)
    print(m[i] * 2.0)
    print(True)
    a[i] = x
