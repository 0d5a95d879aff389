# A name bound by host code has an unknown value: the kernel reading it is declined there.
# expect: 15:20: unsupported: 'GAIN' is bound by host code (line 8)
import warp as wp

try:
    import numpy as np

    GAIN = float(np.float32(2.0))
except ImportError:
    GAIN = 1.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] *= GAIN
