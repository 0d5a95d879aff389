# Star-imported by star_import_project.py: its __all__ decides what the star import binds.
import warp as wp

__all__ = ["GAIN", "scaled"]

GAIN = 4.0
hidden = 1.0


def scaled(x):
    return x * GAIN
