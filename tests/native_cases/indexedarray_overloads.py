import warp as wp


@wp.func
def first(a: wp.array[float]):
    return a[0]


@wp.func
def first(a: wp.indexedarray[float]):
    return a[0] * 2.0


@wp.kernel
def k(a: wp.indexedarray[float], b: wp.array[float], out: wp.array[float]):
    out[0] = first(a) + first(b)
