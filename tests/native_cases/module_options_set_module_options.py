# wp.set_module_options({"enable_backward": False}) at the top level (Module.options, read at codegen):
# it turns backward off for every kernel of the module, wherever it stands, unless a kernel's own
# enable_backward= says otherwise; the last call wins.
import warp as wp


@wp.func
def damp(x: float, k: float):
    return x * wp.exp(-k)


@wp.kernel
def decay(v: wp.array(dtype=float), k: float):
    i = wp.tid()
    v[i] = damp(v[i], k)


wp.set_module_options({"enable_backward": True})


@wp.kernel(enable_backward=True)
def decay_grad(v: wp.array(dtype=float), out: wp.array(dtype=float), k: float):
    i = wp.tid()
    out[i] = damp(v[i], k) * 2.0


wp.set_module_options({"enable_backward": False})
