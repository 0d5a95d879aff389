# A name a star import binds is a host value: a kernel that reads it is declined there.
# expect: 10:19: unsupported: 'SCALE' is bound by star import of star_project.helpers (line 4)
import warp as wp
from star_project.helpers import *


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * SCALE
