# A standard-library decorator whose name host code rebinds anywhere (here a nested def) is not trusted.
# expect: 12:5: unsupported: decorator in host code (it may register a kernel)
import functools

import warp as wp


def make():
    def functools(f):
        return f

    @functools.cache
    def helper():
        return 1

    return helper


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
