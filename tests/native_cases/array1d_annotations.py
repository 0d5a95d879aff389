# wp.array1d, as wp.array(ndim=1): the call and subscript annotation forms, in a kernel and a function.
import warp as wp


@wp.func
def scale(a: wp.array1d(dtype=float), i: int) -> float:
    return a[i] * 2.0


@wp.kernel
def k(a: wp.array1d(dtype=wp.vec3f), b: wp.array1d[float], c: wp.array2d(dtype=float)):
    i = wp.tid()
    b[i] = wp.length(a[i]) + scale(b, i) + c[i, 0]
