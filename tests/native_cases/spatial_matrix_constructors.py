import warp as wp


@wp.kernel
def k(f: wp.array(dtype=float), out: wp.array(dtype=wp.spatial_matrix), outd: wp.array(dtype=wp.spatial_matrixd)):
    i = wp.tid()
    m = wp.spatial_matrix(f[i], 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, f[i], 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, f[i], 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, f[i], 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, f[i], 29.5, 30.5, 31.5, 32.5, 33.5, 34.5, f[i])
    z = wp.spatial_matrix()
    d = wp.spatial_matrixd(0.25, 1.25, 2.25, 3.25, 4.25, 5.25, 6.25, 7.25, 8.25, 9.25, 10.25, 11.25, 12.25, 13.25, 14.25, 15.25, 16.25, 17.25, 18.25, 19.25, 20.25, 21.25, 22.25, 23.25, 24.25, 25.25, 26.25, 27.25, 28.25, 29.25, 30.25, 31.25, 32.25, 33.25, 34.25, 35.25)
    out[i] = m + z
    outd[i] = d

