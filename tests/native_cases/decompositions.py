# The matrix decompositions whose value_func gives several results: wp.svd3, wp.svd2, wp.qr3 and
# wp.eig3, and wp.quat_to_axis_angle, unpacked by the assignment (outputs after the argument, adjoints of
# each).
import warp as wp


@wp.kernel
def polar(F: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), sigmas: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    U, sigma, V = wp.svd3(F[i])
    R[i] = U * wp.transpose(V)
    sigmas[i] = sigma


@wp.kernel
def spectra(A: wp.array(dtype=wp.mat33d), out: wp.array(dtype=wp.vec3d), Q: wp.array(dtype=wp.mat33d)):
    i = wp.tid()
    S = A[i] + wp.transpose(A[i])
    vecs, vals = wp.eig3(S)
    q, r = wp.qr3(A[i])
    out[i] = vals + wp.get_diag(r)
    Q[i] = vecs * q


@wp.func
def singular(m: wp.mat22):
    u, s, v = wp.svd2(m)
    return s[0] * wp.determinant(u * wp.transpose(v))


@wp.kernel
def planar(m: wp.array(dtype=wp.mat22), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = singular(m[i])


@wp.func
def angular_velocity(q0: wp.quat, q1: wp.quat, dt: float):
    dq = wp.normalize(q1 * wp.quat_inverse(q0))
    axis, angle = wp.quat_to_axis_angle(dq)
    return axis * (angle / dt)


@wp.kernel
def spin(q: wp.array(dtype=wp.quat), q_prev: wp.array(dtype=wp.quatd), w: wp.array(dtype=wp.vec3), dt: float):
    i = wp.tid()
    w[i] = angular_velocity(wp.quat(q_prev[i]), q[i], dt)
    n, theta = wp.quat_to_axis_angle(q_prev[i])
    w[i] += wp.vec3(n) * float(theta)
