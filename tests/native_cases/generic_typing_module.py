# typing.Any through `import typing`, with wp.array(dtype=typing.Any, ndim=2), forward only.
import typing

import warp as wp


@wp.func
def scaled(x: typing.Any, s: float):
    return x * s


@wp.func
def corner(a: wp.array(dtype=typing.Any, ndim=2)):
    return a[0, 0]


@wp.kernel(enable_backward=False)
def k(a: wp.array2d(dtype=wp.vec2), out: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    out[i] = scaled(corner(a), 2.0) + scaled(out[i], 0.5)
