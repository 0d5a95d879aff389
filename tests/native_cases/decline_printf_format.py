# expect: 9:9: unsupported: string literal other than plain ASCII with simple escapes
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    wp.printf(
        "%d "  # the index
        "%f\n",
        i,
        a[i],
    )
