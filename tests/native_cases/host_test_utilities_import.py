# Warp's add_function_test imported by name (as its star import would bind it) only stores the test
# function it is passed, so that function's body never runs on import; importlib's names are bound by
# their imports, and only a use that runs could import or reload a module.
import unittest
from importlib import util

import warp as wp
from warp.tests.unittest_utils import (
    add_function_test,
    get_test_devices,
)


@wp.kernel
def add_one(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] + 1.0


def load_from(path):
    spec = util.spec_from_file_location("helpers", path)
    return util.module_from_spec(spec)


def test_add_one(test, device):
    wp.config.mode = "debug"
    load_from("helpers.py")
    wp.launch(add_one, dim=1, inputs=[wp.zeros(1, dtype=float, device=device)], device=device)


class TestAddOne(unittest.TestCase):
    pass


add_function_test(TestAddOne, "test_add_one", test_add_one, devices=get_test_devices())
