# Standard-library decorators at module level neither register code with Warp nor call what they
# decorate: Warp generates the same module with them as without.
import contextlib
import functools
import unittest
from dataclasses import dataclass

import warp as wp

USD_AVAILABLE = False


@dataclass(frozen=True)
class Params:
    scale: float = 2.0
    count: int = 4


@functools.lru_cache(maxsize=None)
def table(n):
    return [i * i for i in range(n)]


@contextlib.contextmanager
def scoped_device(device):
    with wp.ScopedDevice(device):
        yield


@wp.kernel
def scale(a: wp.array(dtype=float), s: float):
    i = wp.tid()
    a[i] = a[i] * s


@unittest.skipUnless(USD_AVAILABLE, "Requires usd-core")
def test_scale(test, device):
    a = wp.zeros(Params.count, dtype=float, device=device)
    wp.launch(scale, dim=a.shape, inputs=[a, Params.scale], device=device)


class TestScale(unittest.TestCase):
    @unittest.skip("not on import")
    def test_nothing(self):
        pass
