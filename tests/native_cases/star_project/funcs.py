# Star-imported by decline_star_import_function_key.py: a @wp.func that Warp numbers first, which its
# __all__ keeps out of the importer's names.
import warp as wp

__all__ = ["OFFSET"]

OFFSET = 1.0


@wp.func
def shared(x: float):
    return x + 1.0
