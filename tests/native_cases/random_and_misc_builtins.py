import warp as wp

@wp.kernel
def k(seed: int, a: wp.array(dtype=float), b: wp.array(dtype=int), q: wp.array(dtype=wp.quat), m: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    s = wp.rand_init(seed, i)
    d = wp.sample_unit_disk(s)
    sq = wp.sample_unit_square(s)
    sp = wp.sample_unit_sphere(s) + wp.sample_unit_sphere_surface(s) + wp.sample_unit_hemisphere(s) + wp.sample_unit_cube(s)
    u = wp.randu(s) + wp.randu(s, wp.uint32(1), wp.uint32(9))
    p = wp.poisson(s, 2.5)
    n = wp.noise(s, a[i]) + wp.noise(s, d) + wp.noise(s, sp)
    c = wp.bit_count(b[i])
    old = wp.atomic_exch(b, i, c)
    nan = wp.isnan(sp) or wp.isfinite(d) or wp.isinf(sp)
    mm = wp.cw_mul(m[i], m[i]) + wp.cw_div(m[i], m[i])
    ql = wp.lerp(q[i], q[i], 0.5)
    a[i] = n + d[0] + sq[1] + float(u) + float(p) + float(old) + wp.length_sq(ql) + mm[0, 0]
