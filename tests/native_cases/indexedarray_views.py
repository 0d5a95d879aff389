import warp as wp


@wp.func
def row_sum(row: wp.indexedarray[float], n: int):
    s = float(0.0)
    for j in range(n):
        s += row[j]
    return s


@wp.kernel
def views(a: wp.indexedarray3d(dtype=float), out: wp.array[float]):
    i = wp.tid()
    plane = a[i]
    row = plane[0]
    out[i] = row_sum(row, row.shape[0]) + a[i, 1][0]
    row[1] = out[i]
