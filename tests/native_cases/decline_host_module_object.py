# Through the module object, host code rebinds a global the kernel reads.
# expect: 8:1: unsupported: '_THIS_MODULE' in host code (a module from sys.modules: its globals may be rebound through it)
import sys

import warp as wp

_THIS_MODULE = sys.modules[__name__]
_THIS_MODULE.SCALE = 2.0

SCALE = wp.constant(1.0)


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = SCALE
