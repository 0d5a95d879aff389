// Python source for a finished Program: `import warp as wp`, the helpers the kernel reaches (callees
// first), then the kernel. Parentheses follow Python's precedence table, so the text reads like code a
// person wrote and parses back to exactly the generated tree.
#pragma once

#include <cstdint>
#include <string>

#include "gen/program.h"

namespace ws::gen {

// How a kernel spells what Warp has two names for; code bases pick one and keep to it.
struct Spelling {
  bool aliases = false;  // float32 vectors, matrices, quaternions, transforms by alias: wp.vec3f
  bool array1d = false;  // one-dimensional arrays as wp.array1d(dtype=...), like wp.array2d
};

// `helpers`: bit f set prints prog.funcs[f] (the kernel, last, is always printed).
void print_module(const Program& prog, uint32_t helpers, Spelling spelling, std::string& out);

}  // namespace ws::gen
