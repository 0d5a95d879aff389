# wp.expect_eq / wp.expect_neq / wp.expect_near (value_type=None, not differentiable): scalars, bool, vectors,
# matrices, quaternions and transforms, in a kernel and a function; expect_near with its default
# tolerance or one of the operands' scalar. Replayed in the backward pass like any call.
import warp as wp


@wp.func
def check(x: float, y: float):
    wp.expect_eq(x, y)
    return x + y


@wp.kernel
def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array(dtype=wp.quat), n: int):
    i = wp.tid()
    wp.expect_eq(a[i], 1.0)
    wp.expect_neq(n, 3)
    wp.expect_eq(v[i], wp.vec3(1.0, 2.0, 3.0))
    wp.expect_neq(m[i], m[i])
    wp.expect_eq(q[i], wp.quat_identity())
    wp.expect_eq(n > 2, True)
    a[i] = check(a[i], 2.0)
    t = wp.transform_identity()
    wp.expect_eq(t, t)


@wp.kernel
def near(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22d), q: wp.array(dtype=wp.quat)):
    i = wp.tid()
    wp.expect_near(a[i], 1.0)
    wp.expect_near(a[i], 1.0, 0.01)
    wp.expect_near(v[i], wp.vec3(1.0, 2.0, 3.0), 1e-3)
    wp.expect_near(m[i], m[i], wp.float64(0.5))
    wp.expect_near(q[i], wp.quat_identity())
