# Without enable_backward a tile FFT passes its forward cuFFTDx symbol twice and declares only it.
import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.kernel
def filtered(x: wp.array2d(dtype=wp.vec2d), f: wp.array2d(dtype=wp.vec2d), y: wp.array2d(dtype=wp.vec2d)):
    i = wp.tid()
    a = wp.tile_load(x, shape=(1, 512), offset=(i, 0))
    g = wp.tile_load(f, shape=(1, 512), offset=(i, 0))
    wp.tile_fft(a)
    c = wp.tile_map(wp.cw_mul, a, g)
    wp.tile_ifft(c)
    wp.tile_store(y, c, offset=(i, 0))
