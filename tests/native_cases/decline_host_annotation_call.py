# An annotation that calls something runs it when the function is defined: here a class whose
# constructor creates a kernel. Declined.
# expect: 14:9: unsupported: decorator in host code (it may register a kernel)
import warp as wp


@wp.kernel
def fill(a: wp.array(dtype=float), v: float):
    a[wp.tid()] = v


class Solver:
    def __init__(self):
        @wp.kernel
        def scaled(a: wp.array(dtype=float)):
            a[wp.tid()] = 2.0


def run(solver: Solver()):
    return solver
