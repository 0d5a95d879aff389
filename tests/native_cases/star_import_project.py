# Star imports of the project's own modules (star_project/): `wp` comes from helpers' `import warp as
# wp` and stays the warp module; the other names they bind are host values the kernels do not use.
from star_project.helpers import *
from star_project.listed import *

buffer = make_buffer(4) * SCALE
runner = Runner()
summary = (GAIN, scaled(2.0), READY, origin)


@wp.func
def twice(x: float):
    return x + x


@wp.kernel
def scale(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), k: float):
    i = wp.tid()
    a[i] = twice(a[i]) * k
    b[i] = b[i] + wp.vec3(k, 0.0, 1.0)
