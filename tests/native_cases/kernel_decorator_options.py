import warp as wp


@wp.func
def scale(x: float):
    return x * 2.0


@wp.func
def only_unique(x: float):
    return x + 1.0


@wp.kernel(enable_backward=False)
def forward_only(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = scale(a[i])


@wp.kernel(module="unique")
def in_unique_module(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = only_unique(a[i])


@wp.kernel(enable_backward=False, launch_bounds=(128, 1), module="unique")
def unique_with_launch_bounds(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = scale(a[i])


@wp.kernel(module_options={"fast_math": True, "max_unroll": 4}, module="unique", grid_stride=False)
def unique_with_module_options(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 0.0


@wp.kernel(cuda_max_registers=64, cluster_dim=2, enable_cuda_smem_spilling=True, module="warpsynth_other")
def in_named_module(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 1.0


@wp.kernel
def with_backward(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    b[i] = scale(a[i])


@wp.kernel(launch_bounds=256, grid_stride=True)
def bounded(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = scale(a[i])


@wp.kernel(launch_bounds=(128, 2), enable_backward=True)
def bounded_pair(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] + 1.0


@wp.kernel(launch_bounds=(64,))
def bounded_one(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * 3.0


@wp.kernel(cuda_max_registers=32, cluster_dim=4, enable_cuda_smem_spilling=True)
def registers_and_clusters(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = scale(a[i]) - 1.0


@wp.kernel(cluster_dim=1, enable_cuda_smem_spilling=False, enable_backward=False)
def defaults_spelled_out(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 2.0


@wp.kernel()
def empty_call(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 3.0
