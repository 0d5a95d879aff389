import warp as wp


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    
    x = a[i]  
# a column-0 comment inside the body
    a[i] = x * 2.0
    """not a docstring position"""
    3
    pass