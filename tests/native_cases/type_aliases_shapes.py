# Type aliases of vectors and matrices beyond the builtin shapes: long vectors, non-square and large
# matrices (wp::vec_t<123, wp::float16>, wp::mat_t<7, 3, wp::float64>).
import warp as wp

vec20 = wp.types.vector(length=20, dtype=float)
Vec123 = wp.types.vector(123, dtype=wp.float16)
mat55 = wp.types.matrix(shape=(5, 5), dtype=float)


@wp.kernel
def k(a: wp.array(dtype=vec20), b: wp.array(dtype=Vec123), m: wp.array(dtype=mat55)):
    i = wp.tid()
    v = vec20(2.0)
    a[i] = v + vec20() + a[i] * 2.0
    a[i][19] = wp.length(v)
    b[i] = Vec123()
    m[i] = mat55() + m[i] * 2.0


mat73 = wp.types.matrix(shape=(7, 3), dtype=wp.float64)
mat16 = wp.types.matrix((16, 16), dtype=float)
vec3d = wp.types.vector(3, wp.float64)
vec7d = wp.types.vector(7, wp.float64)


@wp.kernel
def k2(m: wp.array(dtype=mat73), big: wp.array(dtype=mat16), v: vec3d, out: wp.array(dtype=vec7d)):
    i = wp.tid()
    m[i] = mat73() + m[i]
    big[i] = mat16() + big[i] * 2.0
    out[i] = m[i] * v
    out[i][6] = m[i][6, 2] + wp.float64(big[i][15, 15])
