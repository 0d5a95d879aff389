import warp as wp


@wp.func
def twice(values: wp.fabricarray(dtype=wp.float32), i: int):
    return values[i] * 2.0


@wp.kernel
def fabric(a: wp.fabricarray[wp.float32], b: wp.indexedfabricarray[wp.float32], out: wp.array[float]):
    i = wp.tid()
    out[i] = twice(a, i) + b[i]
    a[i] = out[i]
    b[i] += 1.0


@wp.kernel
def fabric_vec(a: wp.fabricarray(dtype=wp.vec3), b: wp.indexedfabricarray(dtype=wp.vec3)):
    i = wp.tid()
    b[i] = a[i] + wp.vec3(1.0, 2.0, 3.0)
    wp.atomic_add(a, i, b[i])
