import warp as wp


@wp.kernel
def k(arr: wp.array(dtype=int), arr2: wp.array2d(dtype=float), out: wp.array(dtype=float), flag: bool):
    tid = wp.tid()
    if not arr:
        out[tid] = 1.0
    empty = not arr2
    if not arr or tid < 0 or arr[tid] == 0:
        out[tid] = 2.0
    x = out[tid]
    wp.expect_near(x, 1.0, tolerance=1.0e-3)
    wp.expect_near(wp.vec2(x, x), wp.vec2(1.0, 1.0), tolerance=0.5)
    wp.expect_near(b=x, a=2.0)
    wp.expect_near(x, x)
    out[tid] = float(flag) + float(int(flag)) + float(wp.float64(flag))
    rows = wp.matrix_from_rows(wp.vec3(x, 2.0, 3.0), wp.vec3(4.0, 5.0, 6.0))
    cols = wp.matrix_from_cols(wp.vec2d(1.0, 2.0), wp.vec2d(3.0, 4.0), wp.vec2d(5.0, 6.0))
    sq = wp.matrix_from_rows(wp.vec2(x, 2.0), wp.vec2(1.0, 2.0))
    out[tid] = rows[1, 2] + sq[0, 0]
