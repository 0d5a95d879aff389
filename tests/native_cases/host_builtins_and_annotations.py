# `import builtins` binds a name whose uses only a function nothing calls makes; Warp's classes as
# whole parameter or return annotations are only stored; one function of Warp's native library is
# called (the code generator reads nothing there that it could set).
import builtins

import warp as wp

wp.init()

HALF_ONE = wp._src.context.runtime.core.wp_half_bits_to_float(15360)


def patch_import(hook):
    builtins.__import__ = hook


class Runner:
    def run(self, kernel: wp.Kernel, n: int = 1) -> wp.Kernel:
        wp.launch(kernel, dim=n, inputs=[wp.zeros(n, dtype=float)])
        return kernel


@wp.kernel
def fill(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 0.5


RUNNER = Runner()
