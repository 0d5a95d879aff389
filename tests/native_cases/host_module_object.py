# `sys.modules[__name__]` bound to a name reads this module without changing it; the name is used only in
# a function nothing calls on import. `globals()[name]` handed to Warp's add_function_test is only
# stored as a test.
import sys
import unittest

import warp as wp
from warp.tests.unittest_utils import add_function_test

_THIS_MODULE = sys.modules[__name__]


def _set_test_module_options(options):
    wp.set_module_options(options, module=_THIS_MODULE)


@wp.kernel
def double(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = 2.0 * a[i]


def test_double(test, device):
    _set_test_module_options({"enable_backward": False})
    wp.launch(double, dim=1, inputs=[wp.ones(1, dtype=float, device=device)], device=device)


class TestDouble(unittest.TestCase):
    pass


def _add(name):
    add_function_test(TestDouble, name, globals()[name], devices=["cpu"])


for _name in ("test_double",):
    _add(_name)
