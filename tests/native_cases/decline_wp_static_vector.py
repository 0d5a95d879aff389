# A float32 vector constant in wp.static(): Warp makes it a vector constant; the model does not.
# expect: 11:12: unsupported: wp.static() expression the native model does not evaluate
import warp as wp

V = wp.vec3(1.0, 2.0, 3.0)


@wp.kernel
def k(a: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    a[i] = wp.static(V) + a[i]
