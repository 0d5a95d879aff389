# Every FFT length whose cuFFTDx shared memory the native backend knows (codegen/adjoint_tile_fft.cpp's
# table, measured with libmathdx): each row of the table checked against real Warp here.
import warp as wp


@wp.kernel
def sizes_f32(
    a: wp.array2d(dtype=wp.vec2f),
    b: wp.array2d(dtype=wp.vec2f),
    c: wp.array2d(dtype=wp.vec2f),
    d: wp.array2d(dtype=wp.vec2f),
):
    i = wp.tid()
    ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))
    tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))
    tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))
    td = wp.tile_load(d, shape=(1, 8192), offset=(i, 0))
    wp.tile_fft(ta)
    wp.tile_fft(tb)
    wp.tile_ifft(tc)
    wp.tile_fft(td)
    wp.tile_store(a, ta, offset=(i, 0))
    wp.tile_store(b, tb, offset=(i, 0))
    wp.tile_store(c, tc, offset=(i, 0))
    wp.tile_store(d, td, offset=(i, 0))


@wp.kernel
def sizes_f64(a: wp.array2d(dtype=wp.vec2d), b: wp.array2d(dtype=wp.vec2d), c: wp.array2d(dtype=wp.vec2d)):
    i = wp.tid()
    ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))
    tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))
    tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))
    wp.tile_ifft(ta)
    wp.tile_fft(tb)
    wp.tile_fft(tc)
    wp.tile_store(a, ta, offset=(i, 0))
    wp.tile_store(b, tb, offset=(i, 0))
    wp.tile_store(c, tc, offset=(i, 0))
