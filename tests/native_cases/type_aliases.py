# Composite type aliases bound at module level (`V = wp.vec3`, wp.types.vector / wp.types.matrix) and
# the same factories written inline: annotations, constructors in kernels, and the referenced types
# ModuleHasher hashes (each class object once, whatever name calls it).
import warp as wp

V = wp.vec3
W = V
vec6f = wp.types.vector(length=6, dtype=float)
vec6 = wp.types.vector(6, dtype=wp.float32)
mat23d = wp.types.matrix(shape=(2, 3), dtype=wp.float64)
mat22i = wp.types.matrix((2, 2), dtype=wp.int32)
Q = wp.quat
N = 5
vecNh = wp.types.vector(length=N, dtype=wp.float16)


@wp.func
def sum6(v: vec6f) -> float:
    return v[0] + v[5]


@wp.func
def scale23(m: mat23d, s: wp.float64) -> mat23d:
    return m * s


@wp.kernel
def k_vec6(
    a: wp.array(dtype=vec6f),
    b: wp.array(dtype=wp.types.vector(length=6, dtype=float)),
    out: wp.array(dtype=float),
):
    i = wp.tid()
    v = vec6f(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
    w = vec6(0.5)
    z = vec6f()
    a[i] = v + w + b[i] + z
    out[i] = sum6(a[i]) + wp.dot(v, w) + sum6(wp.spatial_vector())


@wp.kernel
def k_alias(x: wp.array(dtype=V), q: Q, out: wp.array(dtype=W)):
    i = wp.tid()
    p = V(1.0, 2.0, 3.0)
    r = wp.vec3(0.0)
    s = W(p)
    out[i] = wp.quat_rotate(q, x[i] + p) + r + s + wp.vec3f(Q(0.0, 0.0, 0.0, 1.0)[0])


@wp.kernel
def k_mat(m: mat23d, ms: wp.array(dtype=mat23d), ints: wp.array(dtype=mat22i)):
    i = wp.tid()
    z = mat23d()
    ms[i] = scale23(m, wp.float64(2.0)) + z
    ints[i] = mat22i(1, 2, 3, 4)


@wp.kernel
def k_half(h: wp.array(dtype=vecNh), x: wp.types.vector(5, wp.float16)):
    i = wp.tid()
    h[i] = vecNh(wp.float16(1.0)) + x
