import warp as wp


@wp.func
def double_it(a: float):
    return a * 2.0


@wp.func
def square_it(a: float):
    return a * a


HANDLERS = {"double": double_it, 'square': square_it}


@wp.kernel
def dispatch(out: wp.array(dtype=float)):
    out[0] = wp.static(HANDLERS["double"])(3.0)
    out[1] = wp.static(HANDLERS['square'])(3.0)
