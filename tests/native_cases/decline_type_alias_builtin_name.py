# A type alias named like a builtin (any key of builtin_functions, such as the Python-implemented
# transform_twist): emit_Call resolves the call to that builtin, not to the constructor.
# expect: 12:12: unsupported: type alias named like a builtin
import warp as wp

transform_twist = wp.types.vector(length=6, dtype=float)


@wp.kernel
def k(a: wp.array(dtype=transform_twist)):
    i = wp.tid()
    a[i] = transform_twist(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
