# exec, eval, globals() and friends bind names the host code scan cannot see.
# expect: 6:5: unsupported: 'globals' in host code (it reaches module globals)
import warp as wp

for name in ("A", "B"):
    globals()[name] = 1.0


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
