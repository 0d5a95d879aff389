# A host function that runs on import (called, transitively) is checked: this one creates a kernel.
# expect: 16:12: unsupported: 'wp...Kernel' in host code
import warp as wp


@wp.kernel
def fill(a: wp.array(dtype=float), v: float):
    a[wp.tid()] = v


def kernel_body(a: wp.array(dtype=float)):
    a[0] = 2.0


def make(key):
    return wp.Kernel(func=kernel_body, key=key)


def make_all():
    return [make("twice")]


KERNELS = make_all()
