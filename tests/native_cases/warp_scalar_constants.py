import warp as wp

I32 = wp.constant(wp.int32(7))
I64 = wp.constant(wp.int64(9007199254740993))
U32 = wp.uint32(4000000000)
U64 = wp.constant(wp.uint64(5))
I8 = wp.int8(-3)
F32 = wp.constant(wp.float32(0.1))
F32_INT = wp.float32(2)
F64 = wp.float64(1 / 3)


@wp.func
def third() -> wp.float64:
    return F64


@wp.kernel
def scalars(
    a: wp.array(dtype=wp.int64),
    b: wp.array(dtype=wp.float64),
    c: wp.array(dtype=float),
    d: wp.array(dtype=wp.uint32),
    e: wp.array(dtype=wp.uint64),
    f: wp.array(dtype=wp.int8),
    g: wp.array(dtype=int),
):
    i = wp.tid()
    a[i] = I64
    b[i] = third() * F64
    c[i] = F32 + F32_INT
    d[i] = U32
    e[i] = U64
    f[i] = I8
    g[i] = I32 + 1
