import warp as wp


@wp.func
def scaled(values: wp.indexedarray(dtype=float), i: int, s: float):
    return values[i] * s


@wp.kernel
def gather(src: wp.indexedarray[float], dst: wp.array[float], s: float):
    i = wp.tid()
    dst[i] = scaled(src, i, s) + float(src.shape[0])


@wp.kernel
def scatter(src: wp.array[float], dst: wp.indexedarray[float]):
    i = wp.tid()
    dst[i] = src[i] * 2.0


@wp.kernel
def accumulate(src: wp.array[float], dst: wp.indexedarray(dtype=float)):
    i = wp.tid()
    dst[i] += src[i]
    wp.atomic_add(dst, 0, src[i])
