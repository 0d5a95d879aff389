# Warp's own tests start with `from warp.tests.unittest_utils import *`: what its import runs leaves this
# module's code alone, and the names it binds are host values (its `wp` is the warp module itself).
import unittest

import numpy as np

from warp.tests.unittest_utils import *

import warp as wp


@wp.kernel
def add_one(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] + 1.0


@wp.kernel
def mix(a: wp.array(dtype=wp.vec2), t: float):
    i = wp.tid()
    a[i] = wp.lerp(a[i], wp.vec2(1.0, 2.0), t)


def test_add_one(test, device):
    a = wp.zeros(4, dtype=float, device=device)
    wp.launch(add_one, dim=4, inputs=[a], device=device)
    assert_np_equal(a.numpy(), np.ones(4))


devices = get_test_devices()


class TestStarImport(unittest.TestCase):
    pass


add_function_test(TestStarImport, "test_add_one", test_add_one, devices=devices)
