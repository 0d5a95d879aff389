# wp.tile_matmul (builtins.py tile_matmul_lto_dispatch_func): the CPU module passes (0, 0, 0, a, b, out,
# alpha, beta), the CUDA module (output_arch 75, libmathdx enabled) the three cuBLASDx LTO symbols
# build_lto_dot names for the forward product and the two adjoint products, declared after the header.
# a, b and out move to shared storage. Both forms: a new tile (beta 0.0) and an accumulating `out`
# (beta 1.0 unless given), alpha and beta given or not, float32 and float64, dense row-major operands
# of sizes whose leading dimensions do or do not span 16 bytes (the Alignment operator).
import warp as wp

TILE_M = 16
TILE_N = 16
TILE_K = 8


@wp.kernel
def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):
    i, j = wp.tid()
    a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))
    b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(0, j * TILE_N))
    c = wp.tile_matmul(a, b)
    wp.tile_store(C, c, offset=(i * TILE_M, j * TILE_N))


@wp.kernel
def accumulate(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), n: int):
    i, j = wp.tid()
    acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)
    for k in range(n):
        a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))
        b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))
        wp.tile_matmul(a, b, acc)
    wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))


@wp.kernel
def scaled(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):
    i = wp.tid()
    a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))
    b = wp.tile_load(B, shape=(TILE_K, TILE_N))
    c = wp.tile_matmul(a, b, alpha=0.5)
    wp.tile_matmul(a, b, out=c, alpha=2.0, beta=0.25)
    wp.tile_store(C, c, offset=(i * TILE_M, 0))


@wp.kernel
def narrow(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), C: wp.array2d(dtype=wp.float64)):
    i = wp.tid()
    a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))
    b = wp.tile_load(B, shape=(3, 8))
    out = wp.tile_ones(shape=(4, 8), dtype=wp.float64)
    wp.tile_matmul(a, b, out)
    wp.tile_store(C, out, offset=(i * 4, 0))
