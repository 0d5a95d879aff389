# With the enable_mathdx_* module options off, CUDA dispatches tile_matmul, the tile solvers and the tile
# FFTs as the CPU does: no cuBLASDx, cuSolverDx or cuFFTDx symbols, no declarations after the header.
import warp as wp

wp.set_module_options({"enable_mathdx_gemm": False, "enable_mathdx_solver": False})
wp.set_module_options({"enable_mathdx_fft": False})


@wp.kernel
def gemm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array2d(dtype=float)):
    i, j = wp.tid()
    ta = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))
    tb = wp.tile_load(b, shape=(8, 16), offset=(0, j * 16))
    wp.tile_store(c, wp.tile_matmul(ta, tb), offset=(i * 16, j * 16))


@wp.kernel
def solve(A: wp.array2d(dtype=wp.float64), y: wp.array1d(dtype=wp.float64), x: wp.array1d(dtype=wp.float64)):
    i = wp.tid()
    a = wp.tile_load(A, shape=(8, 8), offset=(i * 8, 0))
    b = wp.tile_load(y, shape=8, offset=i * 8)
    L = wp.tile_cholesky(a)
    wp.tile_store(x, wp.tile_cholesky_solve(L, b), offset=i * 8)


@wp.kernel
def spectrum(x: wp.array2d(dtype=wp.vec2f)):
    i = wp.tid()
    t = wp.tile_load(x, shape=(2, 512), offset=(i * 2, 0))
    wp.tile_fft(t)
    wp.tile_store(x, t, offset=(i * 2, 0))
