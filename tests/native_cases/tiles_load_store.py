# tile_load / tile_store as tile code writes them: shapes from module constants, int and tuple shapes and
# offsets (positional or by keyword), default offsets, storage, bounds_check and aligned.
import warp as wp

TILE = wp.constant(16)
TILE_M = wp.constant(8)
TILE_N = wp.constant(4)
BLOCK = 2


@wp.kernel
def copy_1d(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(a, shape=TILE, offset=i * TILE)
    wp.tile_store(b, t, offset=i * TILE)


@wp.kernel
def copy_2d(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64)):
    i, j = wp.tid()
    t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))
    u = wp.tile_load(a, shape=(TILE_M, BLOCK), offset=(0, j), storage="shared", aligned=True)
    wp.tile_store(b, t, offset=(i * TILE_M, TILE_N))
    wp.tile_store(b, u, (i, 0), False, True)


@wp.kernel
def positional(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), n: int):
    i = wp.tid()
    t = wp.tile_load(a, TILE_N, i * n, "register", False)
    wp.tile_store(b, t)
    s = wp.tile_load(a, 8, storage='shared', bounds_check=False)
    wp.tile_store(b, s, offset=TILE_N, bounds_check=False)


@wp.kernel(enable_backward=False)
def forward_only(a: wp.array3d(dtype=wp.int32), b: wp.array3d(dtype=wp.int32)):
    t = wp.tile_load(a, shape=(2, 2, TILE_N))
    wp.tile_store(b, t, offset=(1, 0, 0))
