# A hand-written Warp module exercising what user files contain beyond generated kernels: module
# constants, a @wp.struct, @wp.func helpers (one calling another), vec3/mat33/quat math, a 2D
# kernel and dynamic loops. tests/reference/extract_test.cpp compares warpsynth extract with Warp.
import warp as wp

GRAVITY = wp.constant(-9.81)
MAX_ITERS = wp.constant(8)


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3
    mass: float


@wp.func
def kinetic(p: Particle):
    return 0.5 * p.mass * wp.dot(p.vel, p.vel)


@wp.func
def damped(v: wp.vec3, k: float):
    return v * wp.exp(-k) + wp.vec3(0.0, GRAVITY, 0.0) * 0.01


@wp.kernel
def integrate(particles: wp.array(dtype=Particle), energy: wp.array(dtype=float), dt: float):
    tid = wp.tid()
    p = particles[tid]
    v = damped(p.vel, dt)
    p.pos = p.pos + v * dt
    p.vel = v
    particles[tid] = p
    wp.atomic_add(energy, 0, kinetic(p))


@wp.kernel
def rotate(q: wp.array(dtype=wp.quat), m: wp.array(dtype=wp.mat33), pts: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    r = wp.quat_to_matrix(q[tid])
    x = wp.quat_rotate(q[tid], pts[tid])
    m[tid] = r * wp.transpose(m[tid])
    pts[tid] = wp.normalize(x + wp.cross(x, wp.vec3(0.0, 0.0, 1.0)))


@wp.kernel
def laplace(grid: wp.array2d(dtype=float), out: wp.array2d(dtype=float), width: int, height: int):
    i, j = wp.tid()
    if i > 0 and j > 0 and i < width - 1 and j < height - 1:
        s = grid[i - 1, j] + grid[i + 1, j] + grid[i, j - 1] + grid[i, j + 1]
        out[i, j] = 0.25 * s - grid[i, j]
    else:
        out[i, j] = 0.0


@wp.kernel
def iterate(values: wp.array(dtype=float), counts: wp.array(dtype=int), n: int):
    tid = wp.tid()
    x = values[tid]
    steps = int(0)
    for k in range(n):
        if x < 1.0e-3:
            break
        x = x * 0.5
        steps += 1
    while steps < MAX_ITERS:
        steps = steps + 1
    values[tid] = x
    counts[tid] = steps
