# A call through a name importlib bound may import (or reload) any module, this one included.
# expect: 7:11: unsupported: 'import_module' in host code (importlib imports or reloads modules by name)
from importlib import import_module

import warp as wp

helpers = import_module("json")


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
