# A decorator in host code may register a kernel (here one defined inside a method that runs on import).
# expect: 15:9: unsupported: decorator in host code (it may register a kernel)
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0


class Example:
    def __init__(self, scale=2.0):
        self.scale = scale

        @wp.kernel
        def scaled(a: wp.array(dtype=float), s: float):
            a[wp.tid()] = s


example = Example()
