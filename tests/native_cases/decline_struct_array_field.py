# expect: 7:13: unsupported: array struct field
import warp as wp


@wp.struct
class S:
    values: wp.array(dtype=float)
    scale: float


@wp.kernel
def k(a: wp.array(dtype=float), s: S):
    i = wp.tid()
    a[i] = s.values[i] * s.scale
