import warp as wp


@wp.func
def pick(a: wp.indexedarray[wp.vec2], b: wp.indexedarray[wp.vec2], i: int):
    return a[i] + b[i]


@wp.kernel
def overload_use(a: wp.indexedarray[wp.vec2], b: wp.array[wp.vec2], out: wp.indexedarray[wp.vec2]):
    i = wp.tid()
    s = pick(a, out, i)
    if wp.length(s) > 1.0:
        out[i] = s - b[i]
    else:
        wp.atomic_sub(out, i, b[i])
    for k in range(a.shape[0]):
        out[i] = out[i] + a[k] * 0.1
