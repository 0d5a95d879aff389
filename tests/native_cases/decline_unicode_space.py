# expect: 7:1: unsupported: non-ASCII whitespace in a function's source
import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0  # str.strip() removes a trailing no-break space 
