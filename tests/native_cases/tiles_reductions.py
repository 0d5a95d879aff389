# Reductions of a tile to one element: tile_min, tile_max, tile_argmin, tile_argmax and tile_reduce
# with a builtin or a @wp.func (none of them differentiable), next to the differentiable tile_sum.
import warp as wp

TILE = wp.constant(16)


@wp.func
def larger(a: wp.float64, b: wp.float64):
    return wp.max(a, b)


@wp.kernel
def reduce(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64), out: wp.array(dtype=float), idx: wp.array(dtype=int), outd: wp.array(dtype=wp.float64)):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE, offset=i * TILE)
    wp.tile_store(out, wp.tile_min(t), offset=0)
    wp.tile_store(out, wp.tile_max(t) + wp.tile_sum(t), offset=1)
    wp.tile_store(idx, wp.tile_argmin(t), offset=0)
    wp.tile_store(idx, wp.tile_argmax(t), offset=1)
    wp.tile_store(out, wp.tile_reduce(wp.add, t), offset=2)
    wp.tile_store(out, wp.tile_reduce(wp.min, t), offset=3)
    u = wp.tile_load(d, shape=TILE)
    wp.tile_store(outd, wp.tile_reduce(larger, u))
    wp.tile_store(outd, wp.tile_reduce(op=wp.mul, a=u), offset=1)
