import warp as wp


@wp.kernel
def mathk(a: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    y = wp.sin(x) + wp.cos(x) * wp.tan(x) - wp.sqrt(wp.abs(x)) + wp.exp(x) / wp.log(x + 2.0)
    y = y + wp.atan2(x, 2.0) + wp.pow(x, 3.0) + wp.floor(x) + wp.ceil(x) + wp.sign(x)
    y = y + wp.clamp(x, 0.0, 1.0) + wp.lerp(x, y, 0.5) + wp.min(x, y) + wp.max(x, 1.0e-5)
    y = y + wp.tanh(x) + wp.log2(x) + wp.log10(x) + wp.cbrt(x) + wp.degrees(x) + wp.radians(x)
    y = y ** 2.0
    y = y + wp.round(x) + wp.trunc(x) + wp.frac(x) + wp.smoothstep(0.0, 1.0, x)
    z = wp.float32(i) + float(wp.int32(x)) + float(int(y))
    out[i] = y + z + 1.5e20 + 123456789.0 - 0.001 + 1e-7
