# expect: 4:24: unsupported: grid_stride=False
import warp as wp

@wp.kernel(grid_stride=False)
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 1.0
