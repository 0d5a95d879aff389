// Static measures of how natural a generated kernel reads (issue 13): dead locals, overwritten
// stores, constant indices into arrays and bounds-guarded subscripts. They run on the project's own
// parser so `warpsynth stats` computes them in its streaming pass without Python;
// scripts/naturalness.py is the reference written against Python's `ast`.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace ws::dataset {

// What one record's Python shows, over its @wp.kernel and @wp.func functions.
struct Naturalness {
  bool dead_local = false;         // a local assigned (`x = `, `x += `, `for x in`) and read nowhere in its function
  bool overwritten_store = false;  // `a[i] = ` twice in one block with no read of `a` in between
  bool constant_index = false;     // an array parameter subscripted with an integer literal
  uint32_t subscripts = 0;         // subscripts of array parameters
  uint32_t guarded = 0;            // of which every index is a thread index, loop variable, min/max/clamp or `%`
};

// std::nullopt when `python` does not parse (invalid, or outside the parser's subset).
std::optional<Naturalness> analyse_naturalness(std::string_view python);

}  // namespace ws::dataset
