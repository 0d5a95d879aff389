# A call into Warp's internals other than its harmless helpers may change the code generator's state.
# expect: 8:1: unsupported: 'wp_codegen' in host code (it reaches Warp's internals: 'warp._src.codegen.make_full_qualified_name')
import warp as wp
from warp._src import codegen as wp_codegen

NAME = "k"

wp_codegen.make_full_qualified_name(NAME)


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0

