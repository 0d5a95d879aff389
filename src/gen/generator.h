// The kernel generator's public face: one call turns (preset, seed, index) into a complete Python
// module holding one @wp.kernel (and any @wp.func helpers it calls). Deterministic: the same triple
// always gives the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ws::gen {

struct GeneratedKernel {
  std::string kernel_name;            // the @wp.kernel's Python name, unique per (seed, index)
  std::string path;                   // virtual file Warp compiles it under: "warpsynth/<kernel_name>.py"
  std::string preset;                 // preset it was drawn from
  std::string python;                 // full module text: "import warp as wp\n\n..."
  std::vector<std::string> features;  // sorted, unique feature tags, e.g. "for_dynamic", "vec3" (gen/feature.h)
  std::string launch;                 // the launch contract, a JSON object (gen/contract.h)
};

// Names accepted by generate(), in a stable order: the seed prototype's ten (arithmetic, conditional,
// loop, math, vector, atomic, nested, multi_cond, combined, scalar_param), then typed, geometry,
// stochastic, helpers, and random (swarm: each kernel enables a random subset of everything).
const std::vector<std::string>& preset_names();

// Throws std::invalid_argument for an unknown preset.
GeneratedKernel generate(std::string_view preset, uint64_t seed, uint64_t index);

}  // namespace ws::gen
