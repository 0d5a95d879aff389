# Slices of vectors, quaternions, transforms and matrices (eval_indices' eval_const_slice, then extract
# with the result's shape as template argument): constant bounds (literals, negative, module constants),
# open bounds, negative steps, clamped and empty slices, a slice next to an integer matrix index, a slice
# of an array element reference, slices inside a @wp.func and in a loop; stores into a local vector's slice.
import warp as wp

N = 2
M = wp.constant(3)


@wp.func
def tail(v: wp.vec3):
    return v[1:]


@wp.kernel
def vectors(v: wp.array(dtype=wp.vec4), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform), out: wp.array(dtype=float)):
    i = wp.tid()
    x = v[i]
    a = x[1:N]
    b = x[::-1]
    c = x[-3:-1]
    d = x[5:-9:-2]
    e = x[:M:2]
    f = v[i][:2]
    g = q[i][1:]
    h = t[i][3:]
    empty = x[2:1]
    wide = x[-100:100]
    w = wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)[::3]
    iv = wp.vec4i(1, 2, 3, 4)[1:]
    y = tail(wp.vec3(x[0], x[1], x[2]))
    out[i] = a[0] + b[0] + c[1] + d[0] + e[1] + f[1] + g[2] + h[3] + float(len(empty)) + wide[3] + w[1]
    out[i] += float(iv[0]) + y[1] + wp.length(x[:2]) + wp.dot(x[1:3], f)
    rest = x[1:]
    for j in range(3):
        out[i] += rest[j]


@wp.kernel
def matrices(m: wp.array(dtype=wp.mat33), m2: wp.array(dtype=wp.mat22d), out: wp.array(dtype=float)):
    i = wp.tid()
    y = m[i]
    c = y[0:2, 1]
    d = y[1:, :2]
    e = y[2, ::-1]
    f = y[:2]
    h = m2[i][:, 1:]
    r = m2[i][1, :]
    z = m[i][1:1, 0]
    mm = wp.mat44()
    u = mm[1:3, 2:]
    out[i] = c[1] + d[0, 0] + e[0] + f[1, 1] + float(h[1, 0]) + float(r[1]) + float(len(z)) + u[1, 1]


# Stores and += / -= into a local vector's, quaternion's or transform's slice: assign_inplace<n>,
# add_inplace<n>, sub_inplace<n> (vector_assign_dispatch_func), the slice after the value for `=` and
# before it for augmented assignments.
@wp.kernel
def stores(v: wp.array(dtype=wp.vec4), q: wp.array(dtype=wp.quat), xs: wp.array(dtype=wp.vec2), ts: wp.array(dtype=wp.transform), s: wp.array(dtype=float)):
    i = wp.tid()
    x = v[i]
    x[1:3] = wp.vec2(s[i], 2.0)
    x[::-2] += wp.vec2(1.0)
    r = q[i]
    r[:3] = wp.vec3(1.0)
    r[-2:] -= wp.vec2(s[i])
    y = ts[i]
    y[:2] = xs[i]
    y[1:-4] += xs[i][:2]
    y[3:1:-1] -= xs[i][0:]
    v[i] = x
    q[i] = r
    ts[i] = y
