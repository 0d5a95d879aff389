# expect: 13:5: unsupported: augmented assignment to this array-element component
import warp as wp


@wp.struct
class S:
    x: float


@wp.kernel
def k(ps: wp.array(dtype=S)):
    i = wp.tid()
    ps[i].x *= 2.0
