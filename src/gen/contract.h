// The launch contract of a generated kernel (DESIGN.md, "Programs worth learning from"): how to launch
// it so that it is correct for any launch size. Records carry it as their `launch` field:
//   {"ndim": 2, "arrays": {"u": "launch", "coeffs": [9]}, "scalars": {"steps": 4, "dt": 0.5},
//    "float_range": [-1.0, 1.0], "int_range": [0, 8]}
// "launch" arrays have the launch's shape; [n] arrays are 1-D with the given length. Scalars are the
// values to pass (vectors as lists of components, structs as objects of fields). Array elements and
// struct fields hold data in the two ranges (bools: either value). The builder proved every index,
// value and gradient safe under exactly these assumptions (gen/range.h).
// Tiled kernels add "block_dim": B (launch with wp.launch_tiled(kernel, dim=<launch shape>,
// block_dim=B); on the CPU with wp.config.enable_cpu_blocks) and may give an array as a tile spec
// {"tile": [t0, ...], "axes": [a0, ...]}: with L the launch shape and axes defaulting to 0, 1, ...,
// shape[d] = L[axes[d]] * t[d], or t[d] where axes[d] >= ndim; e.g. with launch (37, 3)
// {"tile": [16, 16], "axes": [1, 0]} is (48, 592) (docs/dataset-format.md, "The launch contract").
#pragma once

#include <string>

#include "core/rng.h"
#include "gen/program.h"

namespace ws::gen {

// The contract of the kernel (the program's last function) as a JSON object; scalar values are drawn
// from `rng` inside the ranges the builder assumed (gen/range.h: param_range, data_range).
std::string launch_contract(const Program& prog, Rng& rng);

}  // namespace ws::gen
