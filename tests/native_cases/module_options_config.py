# wp.config.enable_backward at the top level counts where the module does not exist yet: Module.__init__
# copies it when the first definition creates the module. Set later, it changes nothing here.
import warp as wp

wp.config.enable_backward = False


@wp.struct
class Body:
    x: wp.vec3
    m: float


wp.config.enable_backward = True


@wp.kernel
def push(bodies: wp.array(dtype=Body), f: wp.vec3, dt: float):
    i = wp.tid()
    b = bodies[i]
    b.x = b.x + f * (dt / b.m)
    bodies[i] = b
