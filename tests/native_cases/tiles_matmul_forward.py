# wp.tile_matmul in a module without the backward pass: the CUDA call names the forward GEMM's LTO
# symbol three times (tile_matmul_lto_dispatch_func reuses it for the adjoints) and declares it alone.
import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.kernel
def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):
    i, j = wp.tid()
    a = wp.tile_load(A, shape=(16, 8), offset=(i * 16, 0))
    b = wp.tile_load(B, shape=(8, 16), offset=(0, j * 16))
    wp.tile_store(C, wp.tile_matmul(a, b), offset=(i * 16, j * 16))
