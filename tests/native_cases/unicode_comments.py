import warp as wp


@wp.func
def twice(x: float):
    """Scales x — by two (×2)."""
    return x * 2.0  # doublé


@wp.kernel
def shade(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    """Kernel docstring: θ, φ ∝ sin³(θ)."""
    i = wp.tid()
    # écrire
    v = twice(a[i])  # ← here
    assert v >= 0.0, "négatif — 負"
    b[i] = v + wp.sin(v)  # sin(θ), 二倍
