import warp as wp


@wp.struct
class Gathered:
    values: wp.indexedarray[float]
    points: wp.indexedarray(dtype=wp.vec3)
    scale: float


@wp.struct
class Outer:
    inner: Gathered
    count: int


@wp.kernel
def read_struct(g: Gathered, o: Outer, out: wp.array[float]):
    i = wp.tid()
    out[i] = g.values[i] * g.scale + wp.length(o.inner.points[i]) + float(o.inner.values.shape[0])


@wp.kernel
def read_struct_array(gs: wp.array[Gathered], out: wp.array[float]):
    i = wp.tid()
    out[i] = gs[0].values[i] + gs[0].points[i][1]


@wp.kernel
def write_struct(g: Gathered, out: wp.array[float]):
    i = wp.tid()
    g.values[i] = 2.0 * g.values[i]
    g.values[i] += out[i]
    wp.atomic_add(g.values, i, 1.0)
