# A global read by name and called runs a function the scan cannot name.
# expect: 16:5: unsupported: 'globals' in host code (it reaches module globals)
import warp as wp


def configure():
    wp.config.mode = "debug"


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0


for name in ("configure",):
    globals()[name]()
