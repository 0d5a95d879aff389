# Imports of Warp's internals, reads of its config and of its data in host code: none of them changes
# what Warp generates. What could (a call into the code generator, a config assignment) sits in a
# function nothing calls on import.
import warp as wp
import warp._src.context as wp_context
from warp._src import types as wp_types
from warp._src.codegen import WarpCodegenError, codegen_func_forward

wp.init()

SCALARS = [*wp._src.types.scalar_types]
FLOATS = [t for t in wp_types.scalar_types if t in wp_types.float_types]
VEC2 = [wp._src.types.vector(length=2, dtype=t) for t in FLOATS]
CPU_BLOCKS = wp.config.enable_cpu_blocks
CHECKED = wp.config.LaunchArrayAccessMode.CHECKED
if wp.config.mode == "debug" or wp._src.context.runtime.is_cuda_enabled:
    HAS_MATHDX = wp_context.runtime.core.wp_is_mathdx_enabled()

try:
    raise WarpCodegenError("not raised by Warp")
except WarpCodegenError:
    pass


def forward_source(kernel):
    wp.config.mode = "debug"
    return codegen_func_forward(wp_context.ModuleBuilder(kernel.module, {}), "", "cpu")


@wp.kernel
def scale(a: wp.array(dtype=float), s: float):
    i = wp.tid()
    a[i] = a[i] * s
