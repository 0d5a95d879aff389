# expect: 6:25: unsupported: fabric array of a Python type (float, int, bool)
import warp as wp


@wp.kernel
def k(a: wp.fabricarray[float], out: wp.array[float]):
    out[0] = a[0]
