import warp as wp

ROWS = wp.constant(2)
COLS = 3

mat32d = wp.types.matrix(shape=(3, 2), dtype=wp.float64)


@wp.kernel
def k(out: wp.array(dtype=wp.vec3), x: float, h: wp.float16):
    v = wp.types.vector(1.0, 2.0, 3.0, dtype=float)
    z = wp.types.vector(length=2, dtype=wp.float16)
    ones = wp.types.vector(1.0, length=2, dtype=wp.float16)
    fill = wp.types.vector(x, length=5)
    by_value = wp.types.vector(0.0, 1.0)
    copy = wp.types.vector(v, dtype=wp.float64)
    m = wp.types.matrix(0.0, 1.0, 2.0, 3.0, shape=(2, 2))
    a = wp.mat22()
    b = wp.matrix(a, shape=(2, 2))
    c = mat32d()
    d = mat32d(c, shape=(3, 2))
    g = wp.types.matrix(1.0, shape=(3, 2))
    hm = wp.types.matrix(0.0, 1.0, 2.0, 3.0, shape=(2, 2), dtype=wp.float16)
    cm = wp.types.matrix(shape=(ROWS, COLS), dtype=float)
    big = wp.types.matrix(x, 2.0, 3.0, 4.0, 5.0, 6.0, shape=(2, 3))
    ih = wp.vec3h(1, 2, 3)
    hh = wp.vec2h(h, 2)
    out[0] = v + wp.vec3(fill[4], by_value[1], g[2, 1])
