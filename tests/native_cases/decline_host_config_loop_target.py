# A loop target assigns like `=`: the last mode stays in the config when the module is created.
# expect: 5:5: unsupported: assignment to warp's config in host code (it changes Warp's options)
import warp as wp

for wp.config.mode in ("release", "debug"):
    pass


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
