# A type alias named like a builtin: the call resolves to that builtin (emit_Call), not the constructor.
# expect: 11:12: unsupported: type alias named like a builtin
import warp as wp

spatial_vector = wp.types.vector(length=6, dtype=float)


@wp.kernel
def k(a: wp.array(dtype=spatial_vector)):
    i = wp.tid()
    a[i] = spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
