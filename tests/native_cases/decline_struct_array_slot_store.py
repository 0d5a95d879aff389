# expect: 13:5: unsupported: component store into this element type
import warp as wp


@wp.struct
class S:
    x: float


@wp.kernel
def k(ps: wp.array(dtype=S)):
    i = wp.tid()
    ps[i].x = 1.0
