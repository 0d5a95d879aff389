# A tile call spread over lines, one argument per line: Warp's eval marks the line of every argument it
# evaluates (set_lineno), a string (storage="shared") and a tuple that opens on its keyword's line
# included, so each gets its own `// <source> <L n>` comment.
import warp as wp

TILE = wp.constant(4)


@wp.kernel
def copy_tiles(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):
    i, j = wp.tid()
    t = wp.tile_load(
        src,
        shape=(TILE, TILE),
        offset=(
            i * TILE,
            j * TILE,
        ),
        storage="shared",
        aligned=True,
    )
    wp.tile_store(
        dst,
        t * 2.0,
        offset=(i * TILE, j * TILE),
    )
