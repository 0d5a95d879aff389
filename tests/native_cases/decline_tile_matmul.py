# expect: 12:40: unsupported: tile_matmul() precision
# The precision argument is declined, "default" included (tf32 is not honored below sm_80 anyway).
import warp as wp

TILE = wp.constant(8)


@wp.kernel
def mm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float)):
    x = wp.tile_load(a, shape=(TILE, TILE))
    y = wp.tile_load(b, shape=(TILE, TILE))
    z = wp.tile_matmul(x, y, precision="default")
    wp.tile_store(b, z)
