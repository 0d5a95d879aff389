# expect: 10:20: unsupported: attribute of a global as range() argument
import warp as wp

ORIGIN = wp.constant(wp.vec3(1.0, 2.0, 3.0))


@wp.kernel
def k(out: wp.array(dtype=float)):
    i = wp.tid()
    for j in range(ORIGIN.x):
        out[i] += float(j)
