# expect: 8:5: unsupported: builtin 'wp.volume_store'
import warp as wp


@wp.kernel
def k(volume: wp.uint64, values: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    wp.volume_store(volume, i, 0, 0, values[i])
