# More composite type aliases: bool vectors, positional factory arguments, struct fields, return
# annotations, and two classes of the same shape referenced by one kernel (hashed once each).
import warp as wp

vec3bool = wp.types.vector(length=3, dtype=wp.bool)
vec4i = wp.types.vector(4, int)
vec3d = wp.types.vector(3, wp.float64)
mat32 = wp.types.matrix(shape=(3, 2), dtype=float)
mat44h = wp.types.matrix((4, 4), wp.float16)
SV = wp.spatial_vector
T = wp.transform


@wp.struct
class Body:
    twist: SV
    frame: mat32
    flags: vec3bool


@wp.func
def make(a: float) -> mat32:
    return mat32(a, 0.0, 0.0, a, 1.0, 1.0)


@wp.kernel
def k_bool(flags: wp.array(dtype=vec3bool), counts: wp.array(dtype=vec4i)):
    i = wp.tid()
    f = flags[i]
    if f[0]:
        counts[i] = vec4i(1, 2, 3, 4)
    counts[i] = counts[i] + vec4i(i)


@wp.kernel
def k_struct(bodies: wp.array(dtype=Body), out: wp.array(dtype=SV), t: T):
    i = wp.tid()
    b = bodies[i]
    out[i] = b.twist + SV(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) + wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
    m = make(2.0) + b.frame
    out[i][0] = m[0, 0] + wp.transform_get_translation(t)[0]


@wp.kernel
def k_same_shape(a: wp.array(dtype=vec3d), h: wp.array(dtype=mat44h)):
    i = wp.tid()
    a[i] = vec3d(1.0, 2.0, 3.0) + wp.vec3d(1.0, 2.0, 3.0)
    h[i] = mat44h()
