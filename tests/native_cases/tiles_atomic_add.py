# wp.tile_atomic_add(a, t, offset=..., bounds_check=...): a one-element tile into a one-element array,
# 1-D tiles at an int offset, 2-D tiles at a tuple offset, the default offset, and the returned tile
# (the values replaced) stored or discarded.
import warp as wp

TILE = wp.constant(16)


@wp.kernel
def total(a: wp.array(dtype=float), out: wp.array(dtype=float), sums: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE, offset=i * TILE)
    wp.tile_atomic_add(sums, wp.tile_sum(t))
    wp.tile_atomic_add(out, t, offset=i * TILE)
    wp.tile_atomic_add(out, t * 2.0, i * TILE, False)


@wp.kernel
def grid_add(a: wp.array2d(dtype=float), grid: wp.array2d(dtype=float), prev: wp.array2d(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))
    wp.tile_atomic_add(grid, t, offset=(i * 16, 0))
    p = wp.tile_atomic_add(a=grid, t=t, bounds_check=True)
    wp.tile_store(prev, p, offset=(i * 16, 0))


@wp.kernel
def shared_counts(c: wp.array(dtype=int), counts: wp.array(dtype=int)):
    i = wp.tid()
    t = wp.tile_load(c, shape=TILE, offset=i * TILE, storage="shared")
    wp.tile_atomic_add(counts, t)
