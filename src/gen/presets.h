// Presets: named distributions over generation policies. Each one shapes a Policy from the kernel's own
// Rng (so two kernels of one preset differ in their statement mix, types and sizes, not just names) and
// states what every kernel it yields must contain; a kernel that misses is redrawn from the same stream.
#pragma once

#include <span>
#include <string_view>

#include "core/rng.h"
#include "gen/feature.h"
#include "gen/policy.h"

namespace ws::gen {

struct Preset {
  std::string_view name;
  void (*configure)(Policy& policy, Rng& rng);
  bool (*accept)(const FeatureSet& features);
};

std::span<const Preset> presets();
const Preset* find_preset(std::string_view name);  // nullptr if unknown

}  // namespace ws::gen
