# expect: 10:1: unsupported: non-ASCII character in a function that may use wp.static()
import warp as wp

N = 3


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = float(wp.static(N * 2))  # Warp slices wp.static()'s source by byte columns: é
