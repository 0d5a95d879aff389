// Validity by construction: every kernel the generator emits must pass real Warp's codegen for cpu
// and cuda. A failure here is a generator bug; the per-run seed is printed so it can be replayed.
#include <gtest/gtest.h>

#include "gen/generator.h"
#include "pipeline/backend.h"
#include "test_support.h"

namespace ws::testing {
namespace {

TEST(GeneratorValidity, SampleAcrossAllPresetsPassesWarpCodegen) {
  const uint64_t seed = test_seed();
  const auto& presets = gen::preset_names();
  constexpr uint64_t kPerPreset = 40;
  std::vector<pipeline::Job> jobs;
  std::vector<std::string> names;
  for (const auto& preset : presets)
    for (uint64_t i = 0; i < kPerPreset; ++i) {
      gen::GeneratedKernel k = gen::generate(preset, seed, i);
      jobs.push_back({k.python, k.path});
      names.push_back(preset + " #" + std::to_string(i));
    }
  pipeline::Backend warp(BackendKind::Warp, 2, {Device::Cpu, Device::Cuda});
  std::vector<pipeline::Compiled> out = warp.compile(jobs);
  size_t failed = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].ok) continue;
    if (++failed <= 5)
      ADD_FAILURE() << names[i] << " rejected by Warp: " << out[i].diagnostic.str() << "\n" << jobs[i].source;
  }
  EXPECT_EQ(failed, 0u) << "of " << out.size() << " kernels (seed " << seed << ")";
}

}  // namespace
}  // namespace ws::testing
