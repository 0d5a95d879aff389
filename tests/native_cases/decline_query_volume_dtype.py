# expect: 8:14: unsupported: builtin 'wp.volume_sample'
import warp as wp


@wp.kernel
def k(volume: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = wp.volume_sample(volume, points[i], wp.Volume.LINEAR, wp.float32)
