# Warp's classes read in host annotations register nothing: `kernel: wp.Kernel` in a method, a return
# annotation `-> wp.Kernel`. A call of one elsewhere still declines the file.
import warp as wp


@wp.kernel
def fill(a: wp.array(dtype=float), v: float):
    a[wp.tid()] = v


class Runner:
    def __init__(self, kernel: wp.Kernel = fill, scale: float = 2.0):
        self.kernel = kernel
        self.scale = scale

    def kernel_of(self, module: wp.Module = None) -> wp.Kernel:
        return self.kernel


runner = Runner()
