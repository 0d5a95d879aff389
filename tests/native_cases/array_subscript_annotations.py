# wp.array[dtype] and wp.arrayNd[dtype] (Warp's _ArrayAnnotation) are the same argument types as the
# call forms.
import warp as wp


@wp.struct
class Cell:
    mass: float


@wp.func
def total(a: wp.array[float], n: int) -> float:
    s = float(0.0)
    for i in range(n):
        s += a[i]
    return s


@wp.kernel
def k(
    a: wp.array[float],
    v: wp.array[wp.vec3],
    m: wp.array2d[wp.mat22],
    g: wp.array3d[float],
    c: wp.array[Cell],
    q: wp.array4d[wp.int32],
):
    i = wp.tid()
    a[i] = total(a, 3) + v[i][1] + m[i, 0][1, 1] + g[i, 0, 0] + c[i].mass + float(q[i, 0, 0, 0])
