# expect: 8:15: unsupported: string literal other than plain ASCII with simple escapes
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    wp.printf("%d %f\u00e9\n", i, a[i])
