# A star import of a module outside the project and Warp: it may bind any name a kernel uses.
# expect: 4:18: unsupported: star import of 'math': 'math' is neither a module of the file's project nor of Warp
import warp as wp
from math import *


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
