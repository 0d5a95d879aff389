# tile_scan_inclusive and tile_scan_exclusive (register tiles of the same shape, not differentiable),
# tile_squeeze without an axis (a shared view without the axes of length one) and tile_axpy (dest +=
# alpha * src in place, differentiable).
import warp as wp

TILE = wp.constant(32)


@wp.kernel
def scans(a: wp.array(dtype=float), c: wp.array(dtype=int), out: wp.array(dtype=float), oc: wp.array(dtype=int)):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE, offset=i * TILE)
    s = wp.tile_scan_inclusive(t)
    wp.tile_store(out, s, offset=i * TILE)
    wp.tile_store(out, wp.tile_scan_exclusive(wp.tile_map(wp.abs, t)))
    k = wp.tile_load(c, shape=TILE)
    wp.tile_store(oc, wp.tile_scan_exclusive(k))


@wp.kernel
def squeeze_axpy(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array(dtype=float), o2: wp.array2d(dtype=float), alpha: float):
    i = wp.tid()
    col = wp.tile_load(a, shape=(8, 1), offset=(i * 8, 0))
    flat = wp.tile_squeeze(col)
    wp.tile_store(out, flat, offset=i * 8)
    x = wp.tile_load(a, shape=(8, 8))
    y = wp.tile_load(b, shape=(8, 8))
    wp.tile_axpy(alpha, x, y)
    wp.tile_axpy(0.5, wp.tile_map(wp.sin, x), y)
    wp.tile_store(o2, y)
    wp.tile_store(out, wp.tile_squeeze(wp.tile_load(a, shape=(1, 8))))
