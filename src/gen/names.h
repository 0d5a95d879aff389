// Identifier choice. Names come from small pools of plausible words chosen by what the value is
// (an accumulator, a vector, a loop counter), made unique within a module with a numeric suffix
// only when needed, so kernels read like code people write rather than v0, v1, v2. No pool word ends in
// a digit, so counting uses per stem (x, x1, x2, ...) is enough to keep every name unique.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/rng.h"
#include "gen/type.h"

namespace ws::gen {

// Count: a module-level int a loop runs to through wp.static() (gen/statics.h)
enum class NameKind : uint8_t { Local, Input, Output, Param, Loop, Counter, Helper, HelperParam, Rng, Constant, Count };

class Namer {
 public:
  void clear() { stems_.clear(); }
  // A fresh identifier for a value of type `t` (ignored for some kinds).
  std::string fresh(Rng& rng, NameKind kind, TypeId t);
  // Reserve an exact name (e.g. "tid", the kernel's name).
  std::string take(std::string_view name);
  // One of a role's usual names (an idiom's `u`, `u_new`, `alpha`): an unused one if there is one,
  // tried from a random start, else the first numbered on reuse.
  std::string role(Rng& rng, std::span<const std::string_view> words) { return pick(rng, words, false, true); }

 private:
  std::string pick(Rng& rng, std::span<const std::string_view> words, bool in_order, bool distinct);
  int* uses(std::string_view stem);  // nullptr if never used
  std::vector<std::pair<std::string, int>> stems_;
};

// `<preset>_<6 base36 chars>`, drawn from rng.
std::string kernel_name(Rng& rng, std::string_view preset);

}  // namespace ws::gen
