# expect: 11:9: unsupported: builtin 'wp.tile_matmul'
import warp as wp

TILE = wp.constant(8)


@wp.kernel
def mm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float)):
    x = wp.tile_load(a, shape=(TILE, TILE))
    y = wp.tile_load(b, shape=(TILE, TILE))
    z = wp.tile_matmul(x, y)
    wp.tile_store(b, z)
