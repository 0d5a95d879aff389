# Function.get_overload reuses the first instantiation whose parameter types the arguments match
# (func_match_args: arrays by dtype, whatever their ndim), before instantiating the template; generic
# functions calling generic functions; global constants and wp.static in generic bodies; an instance
# shared by a forward-only and a backward kernel.
from typing import Any

import warp as wp

C = 3.0
K = wp.constant(2)


@wp.func
def size0(a: wp.array(dtype=Any)):
    return a.shape[0]


@wp.func
def outer(a: Any, b: Any):
    return size0(a) + size0(b)


@wp.func
def corner(a: Any):
    return a.shape[1]


@wp.func
def scaled(x: Any):
    return x * wp.static(float(K) * 2.0)


@wp.func
def noop(x: Any):
    pass


@wp.kernel(enable_backward=False)
def k_fwd(f: wp.array(dtype=float), g: wp.array2d(dtype=float), h: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    # size0 instantiated for a1f4 is reused for the 2D array g
    f[i] = float(size0(f) + size0(g) + outer(f, h)) + scaled(C)
    # corner instantiated for a2f4 is reused for the 1D array f
    f[i] = f[i] + float(corner(g) + corner(f))


@wp.kernel
def k_bwd(f: wp.array(dtype=float), h: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    noop(f[i])
    noop(h[i])
    h[i] = scaled(h[i]) * scaled(f[i])
    f[i] = float(outer(h, f)) + scaled(f[i])
