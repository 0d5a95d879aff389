# Signatures closing at column 0, as black formats long ones: the line lies before the last statement,
# so Warp's end-of-function scan (which starts at the last line with bytecode) never sees it.
import warp as wp


@wp.func
def weight(
    x: float,
    y: float,
) -> float:
    return x * y


@wp.kernel(enable_backward=False)
def scale(
    a: wp.array(dtype=float),
    b: wp.array(dtype=float),
    s: float,
):
    """Scales a into b."""
    i = wp.tid()
    b[i] = weight(a[i], s)
