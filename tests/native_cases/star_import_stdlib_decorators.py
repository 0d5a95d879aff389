# A name that a star import binds to the same standard-library module the file imports (Warp's test
# utilities `import unittest`, and export it) is still that module: its decorators are accepted.
import unittest

import warp as wp
from warp.tests.unittest_utils import *


@wp.kernel
def fill(a: wp.array(dtype=float), v: float):
    a[wp.tid()] = v


@unittest.skip("shows the decorator only")
def test_fill(test, device):
    a = wp.zeros(4, dtype=float, device=device)
    wp.launch(fill, dim=a.shape, inputs=[a, 2.0], device=device)


class TestFill(unittest.TestCase):
    pass
