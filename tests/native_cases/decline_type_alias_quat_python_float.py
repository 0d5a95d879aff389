# wp.types.quaternion does not canonicalize a Python float dtype (unlike vector and matrix).
# expect: 9:25: unsupported: 'Q' is bound by host code (line 5): quaternion/transformation dtype other than a warp float type
import warp as wp

Q = wp.types.quaternion(dtype=float)


@wp.kernel
def k(a: wp.array(dtype=Q)):
    a[wp.tid()] = Q()
