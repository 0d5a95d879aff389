import warp as wp

BIG = 3000000000
NEG_ZERO = -0.0
THIRD = 0.3333333333333333
ON = True


@wp.kernel
def refs(a: wp.array(dtype=float), b: wp.array(dtype=int), THIRD: float):
    i = wp.tid()
    x = wp.float32(b[i]) + float(b[i]) + THIRD
    y = wp.int32(x) + int(x) + b[i] % 7
    v = wp.vec3(x, x, x) + wp.vec3f(1.0, 2.0, 3.0)
    w = round(x) + pow(x, 2.0) + abs(x) + min(x, 1.0) + max(x, NEG_ZERO)
    if ON:
        b[i] = y + BIG
    a[i] = w + v[0] + float(len(v))
