# A standard-library decorator whose name host code rebinds anywhere (here a nested def, in a function
# that runs on import) is not trusted.
# expect: 13:5: unsupported: decorator in host code (it may register a kernel)
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


helper = make()
