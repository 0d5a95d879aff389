# Annotations see a type alias as bound when their function is defined, kernels as bound last: a type
# alias bound twice is not modelled.
# expect: 12:25: unsupported: 'V' is bound by host code (line 8): a type alias bound more than once
import warp as wp

V = wp.vec3

V = wp.types.vector(length=2, dtype=float)


@wp.kernel
def k(a: wp.array(dtype=V)):
    a[wp.tid()] = V()
