# tile_matmul's GEMM symbols for other shapes and dtypes: a leading dimension that spans no multiple of
# 16 bytes (K = 3 of float32: Alignment 4), mixed float64/float32 operands (each operand's precision code
# and pointer type), the accumulating form under a branch and the new tile as an operand of +.
import warp as wp

TM = 8
TK = 3


@wp.kernel
def odd(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), flag: int):
    i = wp.tid()
    a = wp.tile_load(A, shape=(TM, TK), offset=(i * TM, 0))
    b = wp.tile_load(B, shape=(TK, 4))
    c = wp.tile_load(C, shape=(TM, 4), offset=(i * TM, 0))
    if flag > 0:
        wp.tile_matmul(a, b, c, alpha=0.5)
    d = wp.tile_matmul(a, b) + c
    wp.tile_store(C, d, offset=(i * TM, 0))


@wp.kernel
def mixed(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=float), C: wp.array2d(dtype=wp.float64)):
    i = wp.tid()
    a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))
    b = wp.tile_load(B, shape=(3, 8))
    c = wp.tile_matmul(a, b)
    wp.tile_store(C, c, offset=(i * 4, 0))
