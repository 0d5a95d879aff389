# expect: 8:5: unsupported: assert over several lines
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    assert (
        a[i] >= 0.0
    )
