# A default value runs when its function is defined: wp.Kernel(...) there registers a kernel. Declined.
# expect: 12:31: unsupported: 'wp...Kernel' in host code
import warp as wp


@wp.kernel
def fill(a: wp.array(dtype=float), v: float):
    a[wp.tid()] = v


class Runner:
    def __init__(self, kernel=wp.Kernel(func=None, key="k"), f=lambda: wp.Kernel):
        self.kernel = kernel
