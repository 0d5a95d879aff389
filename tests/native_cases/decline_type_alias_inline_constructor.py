# A type factory called in a kernel (a constructor of the class it returns) is not reproduced natively.
# expect: 9:19: unsupported: call target
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=wp.types.matrix((2, 2), dtype=wp.int32))):
    i = wp.tid()
    a[i] = a[i] + wp.types.matrix((2, 2), dtype=wp.int32)()
