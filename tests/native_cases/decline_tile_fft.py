# expect: 10:5: unsupported: builtin 'wp.tile_fft'
import warp as wp

TILE = wp.constant(512)


@wp.kernel
def fft(x: wp.array2d(dtype=wp.vec2d)):
    t = wp.tile_load(x, shape=(2, TILE))
    wp.tile_fft(t)
    wp.tile_store(x, t)
