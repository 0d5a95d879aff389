# Composite type aliases as the dtype of tile constructors (compute_type_str spells them as their builtin twins).
import warp as wp

vec6f = wp.types.vector(length=6, dtype=float)
V = wp.vec3
mat23 = wp.types.matrix(shape=(2, 3), dtype=float)

TILE = 8


@wp.kernel
def k(a: wp.array(dtype=vec6f), b: wp.array(dtype=V), m: wp.array(dtype=mat23)):
    i = wp.tid()
    t = wp.tile_zeros(shape=TILE, dtype=vec6f)
    u = wp.tile_ones(shape=TILE, dtype=V)
    w = wp.tile_zeros(shape=(2, TILE), dtype=mat23)
    x = wp.tile_load(a, shape=TILE)
    wp.tile_store(a, t + x)
    wp.tile_store(b, u)
