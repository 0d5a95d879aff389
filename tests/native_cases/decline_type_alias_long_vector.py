# Vector lengths beyond those the native backend models are declined where the type is written.
# expect: 7:25: unsupported: vector length outside 2..255 (not modelled)
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.types.vector(length=300, dtype=float))):
    a[wp.tid()][0] = 1.0
