import warp as wp


@wp.struct
class Leaf:
    w: float
    x: wp.array(dtype=float)


@wp.struct
class P:
    a: float
    v: wp.vec3
    m: wp.mat22
    t: wp.transform
    q: wp.quat
    c: wp.vec2i
    leaf: Leaf
    k: wp.int8
    b: bool


@wp.struct
class Holder:
    ps: wp.array(dtype=P)
    grid: wp.array2d(dtype=P)


@wp.func
def store_in_func(ps: wp.array(dtype=P), i: int, v: float):
    ps[i].a = v
    ps[i].leaf.w += v


@wp.kernel
def element_stores(ps: wp.array(dtype=P), out: wp.array(dtype=float), m: wp.mat22, t: wp.transform):
    i = wp.tid()
    ps[i].a = out[i]
    ps[i].v = wp.vec3(1.0)
    ps[i].v.y = 2.0
    ps[i].leaf.w = 3.0
    ps[i].leaf.x[0] = 4.0
    ps[i].k = wp.int8(1)
    ps[i].m = m
    ps[i].t.p = wp.vec3(1.0)
    ps[i].t = t
    ps[i].q.x = out[i]
    ps[i].leaf = Leaf()
    ps[i].b = True
    store_in_func(ps, i, out[i])


@wp.kernel
def element_updates(ps: wp.array(dtype=P), out: wp.array(dtype=float), m: wp.mat22):
    i = wp.tid()
    ps[i].a += out[i]
    ps[i].v.y -= 2.0
    ps[i].leaf.w += 3.0
    ps[i].v += wp.vec3(1.0)
    ps[i].m += m
    ps[i].c.x += 2
    ps[i].leaf.x[1] += out[i]


@wp.kernel
def field_array_elements(h: Holder, v: float):
    i = wp.tid()
    h.ps[i].a = v
    h.ps[i].leaf.w += v
    h.grid[i, 0].a = v
    h.grid[i][1].c.y += 2
    h.ps[i].leaf.x[0] = v
