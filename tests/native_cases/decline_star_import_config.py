# What a star-imported module runs on import may change Warp's config for this module too.
# expect: 4:37: unsupported: star import of 'star_project.configures': 'star_project.configures' line 6:5: assignment to warp's config in host code (it changes Warp's options)
import warp as wp
from star_project.configures import *


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
