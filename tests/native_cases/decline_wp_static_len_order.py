# Warp replaces the len() calls of a wp.static() argument in its text, visiting them breadth first but
# splicing them in as if in source order: here it visits the right one first and evaluates garbled text.
# expect: 11:36: unsupported: wp.static() with len() calls out of source order (Warp's text substitution reorders them)
import warp as wp

T = (1, 2, 4)


@wp.kernel
def k(a: wp.array(dtype=int)):
    a[wp.tid()] = wp.static(T[0] * len(T) - len(T))
