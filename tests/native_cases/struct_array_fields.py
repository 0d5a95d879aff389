import warp as wp


@wp.struct
class Particle:
    mass: float
    vel: wp.vec3


@wp.struct
class State:
    x: wp.array(dtype=wp.vec3)
    m: wp.array2d(dtype=float)
    n: int


@wp.struct
class World:
    state: State
    particles: wp.array(dtype=Particle)
    scale: wp.float64


@wp.func
def scaled_point(s: State, i: int):
    return s.x[i] * float(s.n)


@wp.func
def push_point(s: State, i: int, v: wp.vec3):
    s.x[i] = v
    wp.atomic_add(s.x, i, v)


@wp.func
def point_of(a: wp.array(dtype=wp.vec3), i: int):
    return a[i]


@wp.func
def make_state(a: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=float)) -> State:
    s = State()
    s.x = a
    s.m = m
    s.n = 2
    return s


@wp.kernel
def read_fields(s: State, out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = s.x[i][1] * s.m[i, 0] + s.m[i][1] + float(s.n)


@wp.kernel
def write_fields(s: State, out: wp.array(dtype=float)):
    i = wp.tid()
    s.x[i] = wp.vec3(1.0, 2.0, 3.0)
    s.m[i, 0] = out[i]
    s.x[i].y = 2.0
    s.x[i][2] = out[i]


@wp.kernel
def update_fields(s: State, v: wp.vec3):
    i = wp.tid()
    s.x[i] += v
    s.m[i, 1] -= 2.0
    s.x[i].y += 1.0
    s.x[i][0] -= 2.0


@wp.kernel
def atomic_fields(s: State, v: wp.vec3, out: wp.array(dtype=float)):
    i = wp.tid()
    wp.atomic_add(s.x, i, v)
    out[i] = wp.atomic_max(s.m, i, 0, 1.0)
    wp.atomic_sub(s.x, i, v)


@wp.kernel
def field_sizes(s: State, out: wp.array(dtype=int)):
    out[0] = len(s.x)
    out[1] = s.m.shape[1]
    out[2] = s.x.shape[0] + s.n


@wp.kernel
def through_functions(s: State, a: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=float), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    out[i] = scaled_point(s, i)
    push_point(s, i, out[i])
    out[i] = point_of(s.x, i)
    t = make_state(a, m)
    out[i] = t.x[i] + State(a, m, 3).x[0]


@wp.kernel
def nested_fields(w: World, out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    out[i] = w.state.x[i] * w.particles[i].mass
    w.state.x[i] = out[i] + w.particles[i].vel
    w.state.x[i][2] += float(w.scale)
    wp.atomic_add(w.state.x, i, out[i])
    ps = w.particles
    out[i] = ps[i].vel + w.particles[0].vel


@wp.kernel
def field_aliases(s: State, t: State, out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    a = s.x
    out[i] = a[i]
    a[i] = out[0]
    b = s.x if s.n > 0 else t.x
    if i > 2:
        b = t.x
    j = int(0)
    while j < 2:
        a = b
        j = j + 1
    out[i] = a[i] + b[i]
