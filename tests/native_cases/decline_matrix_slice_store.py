# expect: 11:5: unsupported: non-integer component index
# Stores into a matrix's slice (matrix_assign_dispatch_func with a slice_t) are not reproduced; a
# vector's are (composite_slices).
import warp as wp


@wp.kernel
def k(out: wp.array(dtype=wp.mat22)):
    i = wp.tid()
    m = out[i]
    m[0, :] = wp.vec2(1.0, 2.0)
    out[i] = m
