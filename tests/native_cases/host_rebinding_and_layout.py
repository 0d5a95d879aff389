# Warp resolves globals after the whole file ran: the last binding of a constant wins. A kernel's
# signature may close at column 0, and `import warp.render` in a `try` leaves `warp` the warp module.
import warp

try:
    import warp.render
except ImportError:
    pass

SCALE = 1.0
OFFSET = 3


@warp.kernel
def scale(
    a: warp.array(dtype=float),
    b: warp.array(dtype=float),
):
    i = warp.tid()
    b[i] = a[i] * SCALE + float(OFFSET)


class Runner:
    def __init__(self, n=16):
        self.n = n


SCALE = 2.5
