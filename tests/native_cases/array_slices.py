# Array slices and views (emit_Slice, emit_indexing's view branch): open and explicit bounds, steps,
# an integer index next to a slice, views of views, fewer indices than dimensions, loads, stores,
# augmented assignments and atomics through a view, a view passed to a function, and bounds read through a
# reference, from a constant or negative.
import warp as wp

N = wp.constant(2)


@wp.func
def first_two(v: wp.array(dtype=float)) -> float:
    w = v[0:2]
    return w[0] + w[1]


@wp.kernel
def views(a: wp.array(dtype=float), b: wp.array2d(dtype=float), c: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    s = a[1:3]
    t = b[i, :]
    u = b[0:1, 1:]
    v = a[::2]
    w = a[i:]
    x = a[:i]
    y = b[i : i + 2, 1]
    row = b[i]
    window = row[0:1]
    odd = c[1::2]
    out[i] = s[0] + t[0] + u[0, 0] + v[0] + w[0] + x[0] + y[1] + window[0] + odd[i].x + first_two(a[i:])
    out[i] += float(len(v)) + float(u.shape[1])


@wp.kernel
def stores(x: wp.array(dtype=float), y: wp.array2d(dtype=float), z: wp.array3d(dtype=float)):
    i = wp.tid()
    y_slice = y[0:1, :]
    y_slice[0, i] = 2.0 * x[i]
    tail = x[i::3]
    tail[0] += 1.0
    wp.atomic_add(y[i], 0, x[i])
    plane = z[i, 1:, ::2]
    plane[0, 0] = y[0, i]
    line = z[i, 0]
    line[1] = wp.sin(x[i])


@wp.kernel
def bounds(a: wp.array(dtype=float), n: wp.array(dtype=int), m: int):
    i = wp.tid()
    head = a[: n[0]]
    mid = a[m - 1 : m + 1 : 1]
    rev = a[::-1]
    a[i] = head[0] + mid[i % 2] + rev[0] + float(len(a[N:]))


# Store targets whose leading brackets form a view (recurse_subscript's early emit_indexing): stores,
# atomic and non-atomic augmented assignments into the view's element, whole vector and matrix elements.
@wp.kernel
def view_targets(
    c: wp.array(dtype=wp.vec3),
    b: wp.array2d(dtype=float),
    s: wp.array(dtype=float),
    u: wp.array(dtype=wp.uint8),
    m: wp.array(dtype=wp.mat22),
    t: int,
):
    i = wp.tid()
    c[1:][i] = wp.vec3(s[i])
    c[::2][i] += wp.vec3(1.0)
    b[i][1:][0] = s[i]
    b[i, 1:][0] += s[i]
    b[::2, t:][i, 0] -= s[i]
    b[1:][i][0] *= 2.0
    s[i:][0] = b[s.shape[0] - 1 :, 1:][0, 0]
    u[1:][i] += wp.uint8(3)
    m[t:][i] = wp.mat22(1.0, 2.0, 3.0, 4.0)
    m[t:][i] -= wp.mat22(1.0, 2.0, 3.0, 4.0)


# Views bound in branches merge through where() like any value (an array descriptor).
@wp.kernel
def merged_views(a: wp.array(dtype=float), b: wp.array2d(dtype=float), m: int):
    i = wp.tid()
    s = a[0:1]
    if m > 0:
        s = a[1:2]
    else:
        s = a[m:]
    s[i] += 2.0
    row = b[0]
    if m > 1:
        row = b[1]
        row[0] = 3.0
    for j in range(3):
        row = b[j]
    t = a[0:1] if m > 0 else a[1:]
    a[i] = s[0] + row[0] + t[0] + float(len(row)) + wp.where(m > 2, s, t)[0]


# Components of a view's element: array slots rooted at the view (array_slot_reference), whose adjoint
# array_slot_adjoint rebuilds from the parameter's through each view step.
@wp.kernel
def view_slots(
    c: wp.array(dtype=wp.vec3),
    c2: wp.array2d(dtype=wp.vec3),
    m: wp.array(dtype=wp.mat22),
    q: wp.array(dtype=wp.transform),
    s: wp.array(dtype=float),
    t: int,
):
    i = wp.tid()
    c[1:][i][0] = 1.0
    c[::2][i].y = s[i]
    c[t:][i].z += s[i]
    c2[i, 1:][0][2] -= s[i]
    row = c2[i]
    row[0].x = 3.0
    row[1][1] += 4.0
    v = c2[1:, ::2]
    w = v[0]
    w[i].y = 5.0
    m[t::2][i][0, 1] = s[i]
    m[t::2][i][1] = wp.vec2(1.0)
    q[1:][i].p = wp.vec3(1.0)
