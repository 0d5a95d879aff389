# Config changes in a host function: it may run while the module loads.
# expect: 13:9: unsupported: assignment to warp's config in host code (it changes Warp's options)
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0


def setup(debug=False):
    if debug:
        wp.config.mode = "debug"


setup()
