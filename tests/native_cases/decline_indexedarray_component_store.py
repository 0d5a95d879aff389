# expect: 8:5: unsupported: attribute store target
import warp as wp


@wp.kernel
def comp(a: wp.indexedarray[wp.vec3]):
    i = wp.tid()
    a[i].x = 1.0
