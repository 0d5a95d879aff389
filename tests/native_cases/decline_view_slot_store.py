# expect: 10:5: unsupported: subscript target other than a full array index
# A component of a view's element is an array slot rooted at the view (array_slot_reference), whose
# adjoint goes through the view's lvalue origin: not reproduced.
import warp as wp


@wp.kernel
def k(c: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    c[1:][i][0] = 1.0
