# Volume stores (warp/tests/geometry/test_volume_write.py): the typed volume_store_f/_v/_i builtins return
# nothing, so each call is a statement; forward and backward (they have no adjoint).
import warp as wp


@wp.kernel
def store(volume: wp.uint64, points: wp.array(dtype=wp.vec3), values: wp.array(dtype=float)):
    tid = wp.tid()
    p = points[tid]
    i = int(p[0])
    j = int(p[1])
    k = int(p[2])
    wp.volume_store_f(volume, i, j, k, values[tid])
    wp.volume_store_v(volume, i, j, k, p * values[tid])
    wp.volume_store_i(volume, i, j, k, 100 * i + 10 * j + k)
    for ii in range(i, i + 2):
        wp.volume_store_f(volume, ii, j, k, float(100 * ii + 10 * j + k))
    values[tid] = wp.volume_lookup_f(volume, i, j, k)
