import warp as wp


@wp.kernel
def mark_first_visit(cells: wp.array(dtype=int), visited: wp.array(dtype=int), unique: wp.array(dtype=int)):
    i = wp.tid()
    c = cells[i]
    if wp.atomic_cas(visited, c, 0, 1) == 0:
        wp.atomic_add(unique, 0, 1)


@wp.kernel
def claim_2d(owner: wp.array2d(dtype=wp.int64), grid: wp.array2d(dtype=float), n: wp.int64):
    i, j = wp.tid()
    prev = wp.atomic_cas(owner, i, j, wp.int64(-1), n)
    grid[i, j] = float(prev)


@wp.kernel
def cas_float(x: wp.array(dtype=float), y: wp.array3d(dtype=wp.uint32)):
    i = wp.tid()
    old = wp.atomic_cas(x, i, 0.0, 1.5)
    wp.atomic_cas(y, i, 0, 0, wp.uint32(0), wp.uint32(7))
    x[i] = old * 2.0
