# expect: 8:5: unsupported: builtin 'wp.printf'
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    wp.printf("%d %f\n", i, a[i])
