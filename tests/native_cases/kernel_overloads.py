# Generic kernels instantiated by module-level wp.overload calls: the list form (assigned or not,
# `[T] * n`), the dict form (other parameters keep their annotation), loops over literal tuples and
# lists of tuples, a repeated signature (one instance), and a generic kernel without overloads (none).
from typing import Any

import warp as wp


@wp.func
def twice(x: Any):
    return x + x


@wp.kernel
def scale(a: wp.array(dtype=Any), s: Any):
    i = wp.tid()
    a[i] = twice(a[i]) * s


scale_f32 = wp.overload(scale, [wp.array(dtype=wp.float32), wp.float32])
wp.overload(scale, [wp.array[wp.float64], wp.float64])
wp.overload(scale, [wp.array[wp.float32], float])


@wp.kernel
def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):
    i = wp.tid()
    if i < n:
        x[i] = x[i] + y[i]


wp.overload(add_arrays, {"x": wp.array[wp.int8], "y": wp.array[wp.int8]})
wp.overload(add_arrays, {"x": wp.array[wp.vec2h], "y": wp.array[wp.vec2h]})


@wp.kernel
def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):
    i = wp.tid()
    c[i] = a[i] + b[i]


for scalar_type in (wp.float16, wp.float32):
    wp.overload(copy3, [wp.array[scalar_type]] * 3)

for _vec, _scalar in [
    (wp.vec3, wp.float32),
    (wp.vec2d, wp.float64),
]:
    wp.overload(copy3, [wp.array[_vec], wp.array[_vec], wp.array[_vec]])


@wp.kernel
def unused(a: wp.array[Any]):
    a[wp.tid()] = a[0]


@wp.kernel
def plain(a: wp.array[float]):
    a[wp.tid()] = 1.0
