# Host code rebinding a builtin the kernel calls.
# expect: 13:14: unsupported: 'range' is bound by host code (line 6)
import warp as wp


def range(n):
    return [0] * n


@wp.kernel
def k(a: wp.array(dtype=float), n: int):
    s = float(0.0)
    for i in range(n):
        s += 1.0
    a[wp.tid()] = s
