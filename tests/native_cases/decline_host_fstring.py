# Expressions inside f-strings run too.
# expect: 5:7: unsupported: 'wp...set_module_options' in host code
import warp as wp

print(f"{wp.set_module_options({'enable_backward': False})}")


@wp.kernel
def k(a: wp.array(dtype=float)):
    a[wp.tid()] = 1.0
