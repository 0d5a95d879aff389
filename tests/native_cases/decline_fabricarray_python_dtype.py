# expect: 6:31: unsupported: fabric array of a Python type (float, int, bool)
import warp as wp


@wp.kernel
def k(a: wp.fabricarray(dtype=float), out: wp.array[float]):
    out[0] = a[0]
