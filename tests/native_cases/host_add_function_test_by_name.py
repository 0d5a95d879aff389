# add_function_test imported by name from Warp's test utilities only stores the test function: the
# kernel factory the test calls never runs on import (its unique-module kernel is not this module's).
import unittest

import warp as wp
from warp.tests.unittest_utils import add_function_test, get_test_devices


@wp.kernel
def fill(a: wp.array(dtype=float), v: float):
    a[wp.tid()] = v


def make_kernel(dtype):
    @wp.kernel(module="unique")
    def copy(a: wp.array(dtype=dtype), b: wp.array(dtype=dtype)):
        b[wp.tid()] = a[wp.tid()]

    return copy


def test_copy(test, device, dtype):
    wp.launch(make_kernel(dtype), dim=1, inputs=[], device=device)


class TestCopy(unittest.TestCase):
    pass


for dtype in (wp.float32, wp.int32):
    add_function_test(TestCopy, f"test_copy_{dtype.__name__}", test_copy, devices=get_test_devices(), dtype=dtype)
