# A standard-library decorator's name that other code also binds: the object it names when the
# decorator runs is not known.
# expect: 14:1: unsupported: decorator in host code (it may register a kernel)
from dataclasses import dataclass

import warp as wp

try:
    from attrs_compat import dataclass
except ImportError:
    pass


@dataclass
class Params:
    scale: float = 1.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
