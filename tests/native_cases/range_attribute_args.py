import warp as wp


@wp.struct
class Span:
    lo: int
    hi: int


@wp.kernel
def k(a: wp.array(dtype=wp.vec2i), spans: wp.array(dtype=Span), s: Span, out: wp.array(dtype=int)):
    i = wp.tid()
    total = int(0)
    for j in range(a[i].x, a[i].y):
        total += j
    v = a[i]
    for j in range(v.y):
        total += j
    for j in range(spans[i].lo, spans[i].hi, 2):
        total -= j
    for j in range(s.lo, s.hi):
        total += j
    out[i] = total
