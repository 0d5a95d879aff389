import warp as wp


@wp.func
def scaled(a: wp.array(dtype=float), i: int, scale: float = 3.0, k: int = 2):
    return a[i] * scale + float(k)


@wp.func
def offset(x: float, lo: float = -1.5, flip: bool = False, n: int = -3):
    if flip:
        return lo - x + float(n)
    return x + lo


@wp.func
def no_defaults(x: float, y: float):
    return x * y


@wp.kernel
def keywords_and_defaults(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    s = scaled(a, i) + scaled(a, i, 2.0) + scaled(a, k=5, i=i) + scaled(i=i, a=a, scale=1.5, k=1)
    t = offset(s) + offset(s, flip=True) + offset(x=s, n=4, lo=0.5)
    b[i] = no_defaults(y=t, x=a[i]) + no_defaults(s, y=2.0)


@wp.func
def all_defaults(a: int = 123, b: int = 234) -> int:
    return a + b


@wp.kernel
def defaults_only(out: wp.array(dtype=int)):
    out[0] = all_defaults() + all_defaults(111) + all_defaults(111, 222) + all_defaults(a=111) + all_defaults(b=111)
