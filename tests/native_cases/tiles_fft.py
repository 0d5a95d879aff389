# wp.tile_fft / wp.tile_ifft: in-place FFTs along a register tile's last dimension, whose arguments
# differ per device (CPU placeholders, cuFFTDx symbols on CUDA) and whose adjoints repeat them.
import warp as wp

N = wp.constant(512)
ROWS = wp.constant(2)


@wp.func
def spectral_gain(z: wp.vec2f):
    return z * 0.5


@wp.kernel
def roundtrip(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2f)):
    i = wp.tid()
    a = wp.tile_load(x, shape=(ROWS, N), offset=(i * ROWS, 0))
    wp.tile_fft(a)
    b = wp.tile_map(spectral_gain, a)
    wp.tile_ifft(b)
    wp.tile_store(y, b, offset=(i * ROWS, 0))


@wp.kernel
def spectrum(x: wp.array2d(dtype=wp.vec2d), power: wp.array2d(dtype=wp.vec2d)):
    i = wp.tid()
    a = wp.tile_load(x, shape=(1, 1024), offset=(i, 0))
    wp.tile_fft(a)
    wp.tile_store(power, a, offset=(i, 0))


@wp.kernel
def inverse_3d(x: wp.array3d(dtype=wp.vec2f)):
    i = wp.tid()
    a = wp.tile_load(x, shape=(2, 2, 2048), offset=(i * 2, 0, 0))
    wp.tile_ifft(a)
    wp.tile_store(x, a, offset=(i * 2, 0, 0))
