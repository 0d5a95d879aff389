# wp.block_dim(): builtin_block_dim() (namespace "", not differentiable), in a tiled kernel that
# centers each row on its block mean and in a @wp.func.
import warp as wp


@wp.func
def lanes_scale(x: float):
    return x * float(wp.block_dim())


@wp.kernel
def center(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    i, lane = wp.tid()
    x = a[i, lane]
    t = wp.tile(x)
    s = wp.tile_sum(t)
    out[i, lane] = x - wp.tile_extract(s, 0) / float(wp.block_dim())


@wp.kernel
def scaled(a: wp.array(dtype=float), n: wp.array(dtype=int)):
    i = wp.tid()
    n[i] = wp.block_dim()
    a[i] = lanes_scale(a[i])
