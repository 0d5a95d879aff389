# expect: 8:5: unsupported: a parameter left out before a keyword
import warp as wp


@wp.kernel
def k(out: wp.array(dtype=float)):
    x = out[0]
    wp.expect_near(x, tolerance=0.1)
