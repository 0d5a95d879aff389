# expect: 10:7: unsupported: slice of a tile or in a store target
# Stores into a vector's slice (assign_inplace with a slice_t) are not reproduced; loads are.
import warp as wp


@wp.kernel
def k(out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    v = out[i]
    v[:2] = wp.vec2(1.0, 2.0)
    out[i] = v
