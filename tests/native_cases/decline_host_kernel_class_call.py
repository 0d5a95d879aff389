# A Warp class as an annotation is only stored; called, it registers a kernel.
# expect: 7:12: unsupported: 'wp...Kernel' in host code
import warp as wp


def make(func, key: str) -> wp.Kernel:
    return wp.Kernel(func=func, key=key)


def fill(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 2.0


fill_kernel = make(fill, "fill_kernel")
