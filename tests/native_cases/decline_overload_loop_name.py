# A loop over a name (not a literal tuple or list) is host code: its wp.overload calls are declined.
# expect: 15:5: unsupported: 'wp...overload' in host code
from typing import Any

import warp as wp


@wp.kernel
def k(a: wp.array(dtype=Any)):
    a[wp.tid()] = a[0]


types = [wp.float32, wp.float64]
for T in types:
    wp.overload(k, [wp.array[T]])
