# expect: 12:5: unsupported: subscript target of an expression
import warp as wp


@wp.struct
class Gathered:
    points: wp.indexedarray[wp.vec3]


@wp.kernel
def write_struct(g: Gathered, out: wp.array[float]):
    g.points[0] = wp.vec3(out[0])
