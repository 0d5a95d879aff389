# A script laid out like Warp's own examples: kernels among host code the native backend never compiles.
"""Example Host Code

Integrates particles and prints a summary; a class drives the launches.
"""

import argparse
import math
import os.path
from dataclasses import dataclass, field
from typing import (
    Any,
    Optional,
)

import numpy as np

import warp as wp

try:
    import matplotlib.pyplot as plt  # optional
except ImportError:
    plt = None

DAMPING = 0.5
GRAVITY = wp.vec3(0.0, -9.8, 0.0)
SETTINGS = {"substeps": 4, "dt": 1.0 / 60.0}
NAMES = [f"particle_{i}" for i in range(3)]
ROWS = {j: j * 2 for j in range(3)}  # comprehension variables stay local to the comprehension
SCALE = math.sqrt(2.0)
sizes = (lambda n: [n] * 3)(4)
for _k in range(2):
    pass
with open(os.devnull) as _sink:
    _sink_name = _sink.name
counter = 0
counter += 1


@wp.func
def damp(v: wp.vec3, k: float):
    return v * (1.0 - k)


@wp.kernel
def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):
    tid = wp.tid()
    vel = damp(v[tid], DAMPING) + GRAVITY * dt
    for j in range(3):
        vel = vel * 0.5
    v[tid] = vel
    x[tid] = x[tid] + vel * dt


def log(msg: str, *args: Any, level: Optional[int] = None, **kwargs: Any) -> None:
    global counter
    counter += 1
    print(f"[{counter:>4}] {msg!r} {args} {kwargs} {level if level else '-'} {{literal}}")


class Config:
    count: int = 8
    tags: list = field(default_factory=list)


class Base:
    pass


class Example(Base):
    def __init__(self, count=8, dt=1.0 / 60.0, *, device=None, verbose=False):
        self.count = count
        self.dt = dt
        self.x = wp.zeros(count, dtype=wp.vec3, device=device)
        self.v = wp.array(np.ones((count, 3)), dtype=wp.vec3, device=device)
        self.history = []
        self.verbose = verbose

    @property
    def steps(self):
        return len(self.history)

    @staticmethod
    def describe(n):
        return "particles: %d" % n if n > 1 else "particle"

    @classmethod
    def default(cls):
        return cls()

    def step(self):
        with wp.ScopedTimer("step", active=self.verbose):
            for _ in range(SETTINGS["substeps"]):
                wp.launch(integrate, dim=self.count, inputs=[self.x, self.v, self.dt])
        self.history.append(self.x.numpy()[0:2, ::2])
        try:
            total = sum(h.sum() for h in self.history)
        except (ValueError, TypeError) as err:
            raise RuntimeError("bad history") from err
        finally:
            pass
        if (n := len(self.history)) > 10:
            self.history = self.history[-10:]
        return {k: v for k, v in zip(("steps", "total"), (n, total))}

    async def later(self):
        async with self.lock:
            await self.step_async()

    def render(self):
        if plt is None:
            return
        assert self.count > 0, "empty"
        del self.history[:]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--device", type=str, default=None, help="Override the default Warp device.")
    parser.add_argument("--num-frames", type=int, default=100, help="Total number of frames.")
    args = parser.parse_known_args()[0]

    with wp.ScopedDevice(args.device):
        example = Example(device=args.device)
        for _ in range(args.num_frames):
            example.step()
        wp.config.verify_fp = True
        DAMPING = 2.0
