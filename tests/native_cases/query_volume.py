# Volume (NanoVDB) sampling and index transforms (warp/examples/core/example_nvdb.py) with the sampling
# modes read as wp.Volume.LINEAR / wp.Volume.CLOSEST, and lower_bound over sorted arrays
# (warp/examples/core/example_sample_mesh.py), forward and backward.
import warp as wp


@wp.func
def volume_grad(volume: wp.uint64, p: wp.vec3):
    eps = 0.05
    q = wp.volume_world_to_index(volume, p)
    dx = wp.volume_sample_f(volume, q + wp.vec3(eps, 0.0, 0.0), wp.Volume.LINEAR) - wp.volume_sample_f(
        volume, q - wp.vec3(eps, 0.0, 0.0), wp.Volume.LINEAR
    )
    dy = wp.volume_sample_f(volume, q + wp.vec3(0.0, eps, 0.0), wp.Volume.LINEAR)
    return wp.normalize(wp.vec3(dx, dy, 0.0))


@wp.kernel
def simulate(positions: wp.array(dtype=wp.vec3), volume: wp.uint64, margin: float, dt: float):
    tid = wp.tid()
    x = positions[tid]
    xpred_local = wp.volume_world_to_index(volume, x)
    n = wp.vec3()
    d = wp.volume_sample_grad_f(volume, xpred_local, wp.Volume.LINEAR, n)
    if d < margin:
        n = wp.normalize(wp.volume_index_to_world_dir(volume, n))
        x = x - n * (d - margin) * dt + volume_grad(volume, x)
    positions[tid] = wp.volume_index_to_world(volume, xpred_local) + x


@wp.kernel
def lookups(volume: wp.uint64, coords: wp.array(dtype=wp.vec3i), points: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    c = coords[tid]
    f = wp.volume_lookup_f(volume, c[0], c[1], c[2])
    v = wp.volume_lookup_v(volume, c[0], c[1], c[2])
    i = wp.volume_lookup_i(volume, c[0], c[1], c[2]) + wp.volume_lookup_index(volume, c[0], c[1], c[2])
    i += wp.volume_sample_i(volume, v) + wp.volume_voxel_count(volume)
    s = wp.volume_sample_v(volume, v, wp.Volume.CLOSEST) + wp.volume_world_to_index_dir(volume, v)
    pd = wp.volume_index_to_world(volume, points[tid]) + wp.volume_world_to_index(volume, points[tid])
    pd = pd + wp.volume_index_to_world_dir(volume, pd) + wp.volume_world_to_index_dir(volume, pd)
    out[tid] = s * (f + float(i)) + wp.vec3(float(pd[0]), 0.0, 0.0)


@wp.kernel
def sample_cdf(cdf: wp.array(dtype=float), keys: wp.array(dtype=int), samples: wp.array(dtype=float), tri: wp.array(dtype=int)):
    tid = wp.tid()
    t = wp.lower_bound(cdf, samples[tid])
    k = wp.lower_bound(keys, 2, 10, tid)
    tri[tid] = t + k
