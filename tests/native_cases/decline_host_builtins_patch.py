# Through the builtins module (under any name) host code may replace what every module sees.
# expect: 7:1: unsupported: 'py_builtins' in host code (it reaches module globals)
import builtins as py_builtins

import warp as wp

py_builtins.SCALE = 2.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
