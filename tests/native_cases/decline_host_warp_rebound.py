# Only the import's own binding of `warp` keeps it the warp module; the assignment beside it does not.
# expect: 11:2: unsupported: 'warp' is bound by host code (line 8)
import warp

if False:
    import warp.render

    warp = None


@warp.kernel
def k(a: warp.array(dtype=float)):
    a[warp.tid()] = 1.0
