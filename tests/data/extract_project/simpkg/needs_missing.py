# A kernel file whose import cannot succeed here: an environment failure, not a codegen error.
import warp as wp

import warpsynth_test_module_that_is_not_installed  # noqa: F401


@wp.kernel
def unused(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
