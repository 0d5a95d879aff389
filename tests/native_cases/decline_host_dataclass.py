# Any module-level decorator other than @wp.kernel / @wp.func / @wp.struct is declined.
# expect: 8:1: unsupported: decorator in host code (it may register a kernel)
from dataclasses import dataclass

import warp as wp


@dataclass
class Params:
    scale: float = 1.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
