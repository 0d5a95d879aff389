// Shared by the gen_* tests: build raw Programs (not just text) for every preset, so structural
// properties can be checked on the tree the printer sees.
#pragma once

#include <functional>
#include <string>

#include "core/rng.h"
#include "gen/context.h"
#include "gen/module.h"
#include "gen/presets.h"

namespace ws::gen::testing {

// Calls f(prog, preset) for `count` modules of every preset, built the way generate() builds them.
inline void for_each_program(int count, const std::function<void(const Program&, std::string_view)>& f) {
  Workspace ws;
  for (const Preset& p : presets())
    for (int i = 0; i < count; ++i) {
      Rng rng(1234, static_cast<uint64_t>(i));
      Policy policy;
      p.configure(policy, rng);
      build_module(ws, rng, policy, "k");
      f(ws.prog, p.name);
    }
}

}  // namespace ws::gen::testing
