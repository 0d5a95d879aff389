# A wp.static() naming an enclosing loop's variable is evaluated by Warp at code generation, per iteration.
# expect: 11:27: unsupported: wp.static() of a loop variable ('j': evaluated at code generation)
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    s = float(0.0)
    for j in range(3):
        s += a[i] * float(wp.static(j + 1))
    a[i] = s
