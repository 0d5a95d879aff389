# expect: 9:11: unsupported: svd3() not unpacked into its 3 results
# A decomposition kept whole is a tuple of its results, which Warp passes on as one value.
import warp as wp


@wp.kernel
def k(F: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    usv = wp.svd3(F[i])
