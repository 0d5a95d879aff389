# Tile views from subscripts (eval_raw_const_slice, then tile_view: tile_view_value_func and
# tile_view_dispatch_func): slices with open, negative and clamped bounds and negative steps, an integer
# index next to a slice (runtime, negative), fewer indices than dimensions, views of a register tile
# (moved to shared memory), of a tile of vectors, a view reduced and transposed, element reads, chains,
# assignments to views, indices read through a reference, gathers through an index tile.
import warp as wp


@wp.kernel
def views(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float), n: int):
    i = wp.tid()
    t = wp.tile_load(a, shape=(8, 8))
    r = t[n]
    c = t[:, 3]
    last = t[-1, :]
    z = wp.tile_zeros(shape=(4, 4), dtype=float)
    zz = z[1:3, ::-1]
    s = wp.tile_sum(t[2:4, 2:6])
    tt = wp.tile_transpose(t[0:4, 0:2])
    clamped = t[-100:100:3, 7:-9:-2]
    wp.tile_store(o1, r)
    wp.tile_store(o1, c)
    wp.tile_store(o1, last)
    wp.tile_store(out, zz)
    wp.tile_store(out, tt)
    wp.tile_store(out, clamped)
    wp.tile_store(o1, s)


@wp.kernel
def vectors(a: wp.array2d(dtype=wp.vec3), b: wp.array3d(dtype=float), out: wp.array(dtype=wp.vec3), out2: wp.array2d(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=(4, 8))
    v = t[1, 2:8:3]
    wp.tile_store(out, v)
    out[0] = t[2, 1] + t[1, 1]
    u = wp.tile_load(b, shape=(2, 4, 8))
    wp.tile_store(out2, u[1])
    wp.tile_store(out2, u[:, 1, ::2])
    wp.tile_store(out2, u[0, 1:3])


# Chained subscripts: eval_subscript applies a bracket group with a slice, or a partial integer index
# before a later view, on its own; integer groups stay flat (one tile_extract).
@wp.kernel
def chains(a: wp.array2d(dtype=float), b: wp.array3d(dtype=float), out: wp.array(dtype=float), o2: wp.array2d(dtype=float)):
    t = wp.tile_load(a, shape=(4, 8))
    e = t[2:, 1:][0, 0]
    r = t[1][2:]
    x = t[1][2]
    y = t[::2][1][0]
    z = t[::-1][::2][1:, ::3]
    u = wp.tile_load(b, shape=(2, 4, 8))
    w = u[1][1:3][0]
    q = u[0][1][::2]
    out[0] = e + x + y + w[1]
    wp.tile_store(out, r)
    wp.tile_store(o2, z)
    wp.tile_store(out, q)


# Assignments to a tile's view (_store_subscript: tile_view of the destination, then tile_assign at the
# origin), overlapping ones included; the destination moves to shared memory.
@wp.kernel
def assignments(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    t = wp.tile_load(a, shape=(4, 8))
    u = wp.tile_ones(shape=(2, 8), dtype=float)
    t[1:3] = u
    t[0, ::2] = wp.tile_zeros(shape=(4,), dtype=float)
    t[1:] = t[:-1]
    z = wp.tile_zeros(shape=(4, 4), dtype=float)
    z[:, 1] = t[0, 0:4]
    wp.tile_store(out, t)
    wp.tile_store(out, z)


# Integer indices read through a reference (an array element): wrapped at run time like any runtime
# index, each use loading it.
@wp.kernel
def reference_indices(a: wp.array2d(dtype=float), idx: wp.array(dtype=int), out: wp.array(dtype=float)):
    t = wp.tile_load(a, shape=(4, 8))
    x = t[idx[0], idx[1]]
    r = t[idx[2]]
    out[0] = x
    wp.tile_store(out, r)
    wp.tile_store(out, t[1:3, idx[0]])


# Gathers through a 1-D integer index tile (tile_slice_indexed): along either axis, with full `:` on the
# others (clamped bounds included), of a view, of a tile of vectors, an int64 index tile.
@wp.kernel
def gathers(a: wp.array2d(dtype=float), b: wp.array(dtype=wp.vec3), out: wp.array2d(dtype=float), o1: wp.array(dtype=wp.vec3)):
    t = wp.tile_load(a, shape=(8, 8))
    idx = wp.tile_arange(0, 4, dtype=int)
    i64 = wp.tile_arange(0, 2, dtype=wp.int64)
    wp.tile_store(out, t[idx, :])
    wp.tile_store(out, t[:, idx])
    wp.tile_store(out, t[idx])
    wp.tile_store(out, t[1:3][i64])
    wp.tile_store(out, t[idx, 0:100])
    v = wp.tile_load(b, shape=(8,))
    wp.tile_store(o1, v[idx])
