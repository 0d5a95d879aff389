# range(wp.static(...)): the bounds are ast.Constant nodes, so the loop is unrolled (up to max_unroll)
# or counted like any loop over literal bounds.
import warp as wp

N = 3
LO = 1
STEPS = (2, 4)


@wp.kernel
def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    s = float(0.0)
    for j in range(wp.static(N)):
        s += a[i] * float(j)
    for j in range(wp.static(LO), wp.static(N + 2), wp.static(STEPS[0])):
        s += float(j)
    for j in range(wp.static(N * 7)):
        s += a[i]
    out[i] = s
