# expect: 13:5: unsupported: component store into a local array
# A component of an element of an array merged at a branch (where): Warp's slot adjoint is then the
# merged local's own adjoint; not reproduced (views and parameters are).
import warp as wp


@wp.kernel
def k(c: wp.array(dtype=wp.vec3), t: int):
    i = wp.tid()
    a = c[0:1]
    if t > 0:
        a = c[1:]
    a[i].x = 1.0
