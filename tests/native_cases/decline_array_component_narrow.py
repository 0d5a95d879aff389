# expect: 8:5: unsupported: augmented assignment to this array-element component
import warp as wp


@wp.kernel
def k(out: wp.array(dtype=wp.vec3b)):
    i = wp.tid()
    out[i][1] += wp.int8(1)
