# bfloat16 is not among the native backend's scalar types: a vector of it is not modelled.
# expect: 9:25: unsupported: 'vec4bf' is bound by host code (line 5): bfloat16 dtype (not modelled)
import warp as wp

vec4bf = wp.types.vector(length=4, dtype=wp.bfloat16)


@wp.kernel
def k(a: wp.array(dtype=vec4bf)):
    a[wp.tid()] = vec4bf()
