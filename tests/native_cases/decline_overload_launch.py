# Code that runs on import and names a generic kernel may launch it, which adds an overload per
# argument-type signature: declined.
# expect: 15:11: unsupported: generic kernel 'k' named in host code (a launch adds overloads)
from typing import Any

import warp as wp


@wp.kernel
def k(a: wp.array(dtype=Any)):
    a[wp.tid()] = a[0]


wp.overload(k, [wp.array[float]])
wp.launch(k, dim=1, inputs=[wp.zeros(1, dtype=wp.float64)])
