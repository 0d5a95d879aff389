// Kernel i of a run, defined once: `generate`, `diff` and `bench` all draw from here, so
// `diff --count N --seed S` checks exactly the kernels `generate --count N --seed S` draws.
// Kernel i is a pure function of (seed, presets, i): its preset is drawn from a stream of its own, so
// the generator's stream for i (Rng(seed, i)) stays untouched and no index depends on another.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gen/generator.h"
#include "pipeline/backend.h"

namespace ws::pipeline {

class KernelStream {
 public:
  // `presets` empty: every preset, in gen::preset_names() order. Throws std::invalid_argument naming
  // the known presets when one is unknown.
  KernelStream(uint64_t seed, const std::vector<std::string>& presets);

  const std::string& preset(uint64_t index) const;  // the preset kernel `index` is drawn from
  gen::GeneratedKernel kernel(uint64_t index) const;
  // Kernels [first, end) as compile jobs (source and virtual path), for commands that compare or time them.
  std::vector<Job> jobs(uint64_t first, uint64_t end) const;
  const std::vector<std::string>& presets() const { return presets_; }

 private:
  uint64_t seed_;
  std::vector<std::string> presets_;
};

}  // namespace ws::pipeline
