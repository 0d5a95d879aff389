# expect: 19:1: unsupported: 'add_function_test_register_kernel' in host code (the test it runs at import creates kernels)
import warp as wp
from warp.tests.unittest_utils import add_function_test_register_kernel


@wp.kernel
def k(out: wp.array(dtype=float)):
    out[0] = 1.0


def test_it(test, device, register_kernels=False):
    pass


class TestIt:
    pass


add_function_test_register_kernel(TestIt, "test_it", test_it, devices=None)
