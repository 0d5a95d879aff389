# A dict overload that leaves a generic parameter generic (Kernel.add_overload raises): declined.
# expect: 13:16: unsupported: wp.overload leaving a generic argument generic
from typing import Any

import warp as wp


@wp.kernel
def k(a: wp.array(dtype=Any), b: Any):
    a[wp.tid()] = b


wp.overload(k, {"a": wp.array[float]})
