import warp as wp


@wp.kernel
def k(out: wp.array(dtype=wp.vec3), seed: int):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    a = wp.curlnoise(state, wp.vec3(1.0, 2.0, 3.0), wp.uint32(2), 2.0, 0.5)
    b = wp.curlnoise(state, wp.vec4(1.0, 2.0, 3.0, 4.0), wp.uint32(3), 2.0, 0.5)
    out[tid] = a + b
