# Hash grid neighbour queries as simulation code writes them (warp/examples/core/example_sph.py, example_dem.py):
# the point id ordering, the query iterated with `for` and with an explicit hash_grid_query_next loop,
# grouped queries and double precision, forward and backward.
import warp as wp

RADIUS = 0.25


@wp.func
def density_kernel(xyz: wp.vec3, smoothing_length: float):
    distance_sq = wp.dot(xyz, xyz)
    return wp.max(smoothing_length * smoothing_length - distance_sq, 0.0)


@wp.kernel
def compute_density(
    grid: wp.uint64,
    particle_x: wp.array(dtype=wp.vec3),
    particle_rho: wp.array(dtype=float),
    smoothing_length: float,
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = particle_x[i]
    rho = float(0.0)
    neighbors = wp.hash_grid_query(grid, x, smoothing_length)
    for index in neighbors:
        distance = x - particle_x[index]
        rho += density_kernel(distance, smoothing_length)
    particle_rho[i] = rho


@wp.kernel
def repulsion(grid: wp.uint64, x: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), k: float):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x_i = x[i]
    force = wp.vec3()
    query = wp.hash_grid_query(grid, x_i, RADIUS)
    index = int(0)
    while wp.hash_grid_query_next(query, index):
        if index != i:
            d = x_i - x[index]
            dist = wp.length(d)
            if dist < RADIUS:
                force += k * (RADIUS - dist) * d / (dist + 1.0e-6)
    f[i] = force


@wp.kernel
def count_grouped(grid: wp.uint64, x: wp.array(dtype=wp.vec3), groups: wp.array(dtype=int), counts: wp.array(dtype=int)):
    tid = wp.tid()
    n = int(0)
    for j in wp.hash_grid_query(grid, x[tid], 0.5, groups[tid]):
        n += 1
    counts[tid] = n


@wp.kernel
def nearest_double(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), r: wp.float64, out: wp.array(dtype=wp.float64)):
    tid = wp.tid()
    p = x[tid]
    best = r
    query = wp.hash_grid_query(grid, p, r)
    j = int(0)
    while wp.hash_grid_query_next(query, j):
        best = wp.min(best, wp.length(x[j] - p))
    out[tid] = best
