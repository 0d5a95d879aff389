# expect: 7:20: unsupported: len() of this type
import warp as wp


@wp.kernel
def length(a: wp.indexedarray(dtype=float), out: wp.array[float]):
    out[0] = float(len(a))
