// Feature tags read off the finished program (not recorded while building), so they describe exactly
// the text that is printed: helpers the kernel never reaches contribute nothing.
#pragma once

#include <cstdint>

#include "gen/feature.h"
#include "gen/program.h"

namespace ws::gen {

// Helpers the printed kernel reaches through calls (bit f = prog.funcs[f]).
uint32_t reachable_helpers(const Program& prog);

FeatureSet collect_features(const Program& prog, uint32_t helpers);

}  // namespace ws::gen
