# A module-level loop leaves its variable bound (here to 2); Warp hashes a kernel's loop variable of the
# same name as that global, so the kernel is declined.
# expect: 12:9: unsupported: 'j' is bound by host code (line 6)
import warp as wp

for j in range(3):
    pass


@wp.kernel
def k(a: wp.array(dtype=float)):
    for j in range(3):
        a[j] = 1.0
