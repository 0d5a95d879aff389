# expect: 4:12: unsupported: kernel decorator option 'launch_bounds'
import warp as wp

@wp.kernel(launch_bounds=256)
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 1.0
