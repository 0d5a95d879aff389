# The config passed as a value could be changed through (here: Warp's mode for this module).
# expect: 7:38: unsupported: 'wp...config' used as a value in host code (Warp's options may be changed through it)
import unittest.mock

import warp as wp

patcher = unittest.mock.patch.object(wp.config, "mode", "debug")
patcher.start()


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
