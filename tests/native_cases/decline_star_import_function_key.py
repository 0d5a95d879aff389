# Warp numbers @wp.func C++ names per key in creation order (shared_0 in the star-imported module, then
# shared_1 here), and Warp's own modules stay imported between files: a shared key is declined.
# expect: 9:1: unsupported: @wp.func 'shared' shares its key with one that star import of star_project.funcs defines (Warp numbers them in creation order)
import warp as wp
from star_project.funcs import *


@wp.func
def shared(x: float):
    return x * 2.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = shared(a[i])
