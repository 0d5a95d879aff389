# expect: 11:24: unsupported: tile_matmul() of other than float32 or float64 tiles
# float16 GEMMs are declined: whether libmathdx accepts their 16-byte-aligned variant decides the symbol.
import warp as wp


@wp.kernel
def mm(a: wp.array2d(dtype=wp.float16), b: wp.array2d(dtype=wp.float16)):
    i = wp.tid()
    x = wp.tile_load(a, shape=(8, 8), offset=(i * 8, 0))
    y = wp.tile_load(b, shape=(8, 8))
    z = wp.tile_matmul(x, y)
    wp.tile_store(a, z, offset=(i * 8, 0))
