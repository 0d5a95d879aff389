import warp as wp


@wp.struct
class FabricValues:
    values: wp.fabricarray[float]
    indexed: wp.indexedfabricarray[int]


@wp.kernel
def read_fabric(a: wp.fabricarray[float], s: FabricValues, out: wp.array[float]):
    i = wp.tid()
    out[i] = a[i] + s.values[i] + float(s.indexed[i])
    a[i] = out[i]
