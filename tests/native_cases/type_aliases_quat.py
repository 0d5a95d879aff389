# Type aliases made by wp.types.quaternion / wp.types.transformation (warp float dtypes only).
import warp as wp

transformf = wp.types.transformation(dtype=wp.float32)
quatd = wp.types.quaternion(wp.float64)
T = wp.transformd


@wp.func
def apply(t: transformf, p: wp.vec3) -> wp.vec3:
    return wp.transform_point(t, p)


@wp.kernel
def k(ts: wp.array(dtype=transformf), qs: wp.array(dtype=quatd), out: wp.array(dtype=wp.vec3), td: T):
    i = wp.tid()
    t = transformf(wp.vec3(1.0, 2.0, 3.0), wp.quat_identity())
    ts[i] = t
    q = quatd(wp.float64(0.0), wp.float64(0.0), wp.float64(0.0), wp.float64(1.0))
    qs[i] = q * quatd()
    out[i] = apply(ts[i], wp.vec3(1.0)) + wp.transform_get_translation(t)
