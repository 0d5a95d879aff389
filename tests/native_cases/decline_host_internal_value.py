# A module of Warp's internals passed as a value could be patched through.
# expect: 8:38: unsupported: 'codegen' in host code (it reaches Warp's internals: 'warp._src.codegen')
import unittest.mock

import warp as wp
import warp._src.codegen as codegen

patcher = unittest.mock.patch.object(codegen, "codegen_func_forward", print)


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
