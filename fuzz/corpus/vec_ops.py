import warp as wp

@wp.kernel
def k(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=float), n: int):
    i = wp.tid()
    v = a[i]
    x = v.x * 2.0 + v[1]
    w = wp.vec3(1.0, 2.0, 3.0)
    d = wp.dot(v, w) + wp.length(wp.cross(v, w))
    for j in range(3):
        x = x + float(j)
    if x > 0.0 and d < 1.0:
        x = -x
    elif x < -1.0:
        x = 0.5
    b[i] = x
    wp.atomic_add(b, 0, d)
    b[i] += 1.0
