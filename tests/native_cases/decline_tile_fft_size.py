# expect: 11:5: unsupported: tile_fft() on CUDA of an FFT size whose cuFFTDx shared memory is not known
# libmathdx reports the shared memory a cuFFTDx FFT needs when it compiles one; no formula gives it, so an
# FFT size outside the measured ones is declined (here 8192 float64 points, which libmathdx rejects).
import warp as wp


@wp.kernel
def big(x: wp.array2d(dtype=wp.vec2d)):
    i = wp.tid()
    a = wp.tile_load(x, shape=(1, 8192), offset=(i, 0))
    wp.tile_fft(a)
    wp.tile_store(x, a, offset=(i, 0))
