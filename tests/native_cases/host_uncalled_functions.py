# Host functions whose bodies never run on import: Warp generates the same module whatever they hold.
# A test function stored by Warp's add_function_test, a helper nothing calls, a class that nothing
# instantiates; a factory that does run (make_scale) is checked, and its body is harmless.
import unittest

import warp as wp
from warp.tests.unittest_utils import *


@wp.kernel
def fill(a: wp.array(dtype=float), v: float):
    a[wp.tid()] = v


def make_scale(factor):
    return factor * 2.0


SCALE = make_scale(1.5)


def test_fill(test, device):
    wp.config.mode = "debug"
    wp.load_module(device=device)
    a = wp.zeros(4, dtype=float, device=device)
    wp.launch(fill, dim=a.shape, inputs=[a, SCALE], device=device)


def unused_helper():
    wp.set_module_options({"max_unroll": 1})


class Renderer:
    def __init__(self):
        self.kernel = wp.Kernel(func=None)


class TestFill(unittest.TestCase):
    pass


devices = get_test_devices()
add_function_test(TestFill, "test_fill", test_fill, devices=devices)
