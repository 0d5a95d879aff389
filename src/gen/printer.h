// Python source for a finished Program: `import warp as wp`, the helpers the kernel reaches (callees
// first), then the kernel. Parentheses follow Python's precedence table, so the text reads like code a
// person wrote and parses back to exactly the generated tree.
#pragma once

#include <cstdint>
#include <string>

#include "gen/program.h"

namespace ws::gen {

// `helpers`: bit f set prints prog.funcs[f] (the kernel, last, is always printed). `aliases` spells
// the float32 vectors, matrices, quaternions and transforms by their f-suffixed aliases (wp.vec3f).
void print_module(const Program& prog, uint32_t helpers, bool aliases, std::string& out);

}  // namespace ws::gen
