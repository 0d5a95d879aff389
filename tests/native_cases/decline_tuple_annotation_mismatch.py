# expect: 6:23: unsupported: return annotation that does not match the returned values
import warp as wp


@wp.func
def pair(x: float) -> tuple[float, int]:
    return x, x


@wp.kernel
def k(a: wp.array(dtype=float)):
    p, q = pair(a[0])
