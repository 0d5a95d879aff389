import warp as wp


@wp.func
def coeffs(gamma: float) -> tuple[float, float]:
    return 1.0 - gamma, 1.0 / (1.0 + gamma)


@wp.func
def flagged(i: int) -> tuple[bool, int, wp.vec3]:
    if i < 0:
        return False, -1, wp.vec3()
    return True, i, wp.vec3(float(i))


@wp.kernel
def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    c0, c1 = coeffs(a[i])
    ok, j, v = flagged(i)
    if ok:
        out[j] = v * c0 * c1
