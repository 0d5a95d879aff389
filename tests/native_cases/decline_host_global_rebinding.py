# A host function may rebind a module constant through `global`: its final value is unknown.
# expect: 18:26: unsupported: 'N' is bound by host code (line 9)
import warp as wp

N = 4


def configure(n):
    global N
    N = n


configure(8)


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] *= float(N)
