# expect: 7:5: unsupported: builtin 'wp.volume_store_f'
import warp as wp


@wp.kernel
def k(volume: wp.uint64, values: wp.array(dtype=float)):
    wp.volume_store_f(volume, 0, 1, 2, values[0])
