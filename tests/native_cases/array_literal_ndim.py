from typing import Literal

import warp as wp


@wp.kernel
def k(a: wp.indexedarray[float, Literal[2]], b: wp.array[float, Literal[3]], c: wp.indexedfabricarray[wp.float32, Literal[1]]):
    i, j = wp.tid()
    a[i, j] = b[i, j, 0] + c[i]
