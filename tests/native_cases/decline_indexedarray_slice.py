# expect: 8:11: unsupported: view of a fabric array, or slice of an indexed one
import warp as wp


@wp.kernel
def view(a: wp.indexedarray2d(dtype=float), out: wp.array[float]):
    i = wp.tid()
    row = a[i, 1:]
    out[i] = row[0]
