# A star import may bind any name a kernel uses.
# expect: 4:18: unsupported: star import (it may bind any name)
import warp as wp
from math import *


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
