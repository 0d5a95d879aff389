#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "pipeline/kernel_stream.h"

namespace ws::pipeline {
namespace {

// The presets of kernels 0..7 for seed 77, as `generate`, `diff` and `bench` draw them from the 17
// presets: a new preset changes every draw of the default list (an explicit --preset list keeps its
// own), so the change must be deliberate, here and in the docs.
TEST(KernelStream, PresetsAreGeneratesDraw) {
  const KernelStream stream(77, {});
  std::vector<std::string> got;
  for (uint64_t i = 0; i < 8; ++i) got.push_back(stream.preset(i));
  EXPECT_EQ(got, (std::vector<std::string>{"queries", "combined", "queries", "random", "helpers", "nested", "helpers",
                                           "helpers"}));
}

TEST(KernelStream, KernelIsTheGeneratorsDrawForItsPreset) {
  const KernelStream stream(5, {});
  for (uint64_t i = 0; i < 40; ++i) {
    const gen::GeneratedKernel k = stream.kernel(i);
    EXPECT_EQ(k.preset, stream.preset(i));
    EXPECT_EQ(k.python, gen::generate(stream.preset(i), 5, i).python);
  }
}

TEST(KernelStream, JobsAreTheKernelsSourcesAndPaths) {
  const KernelStream stream(11, {"loop", "math"});
  const std::vector<Job> jobs = stream.jobs(3, 7);
  ASSERT_EQ(jobs.size(), 4u);
  for (uint64_t i = 3; i < 7; ++i) {
    const gen::GeneratedKernel k = stream.kernel(i);
    EXPECT_EQ(jobs[i - 3].source, k.python);
    EXPECT_EQ(jobs[i - 3].path, k.path);
  }
  EXPECT_TRUE(stream.jobs(5, 5).empty());
}

TEST(KernelStream, KernelIDependsOnlyOnSeedPresetsAndI) {
  const KernelStream a(9, {"loop", "vector"}), b(9, {"loop", "vector"}), other_seed(10, {"loop", "vector"});
  std::vector<std::string> forward, backward(30);
  for (uint64_t i = 0; i < 30; ++i) forward.push_back(a.kernel(i).python);
  for (uint64_t i = 30; i-- > 0;) backward[i] = b.kernel(i).python;
  EXPECT_EQ(forward, backward);
  size_t same_as_other_seed = 0;
  for (uint64_t i = 0; i < 30; ++i) same_as_other_seed += forward[i] == other_seed.kernel(i).python;
  EXPECT_EQ(same_as_other_seed, 0u);
}

TEST(KernelStream, DrawsEveryListedPresetAndNoOther) {
  const KernelStream stream(3, {"loop", "vector", "atomic"});
  std::map<std::string, int> seen;
  for (uint64_t i = 0; i < 300; ++i) ++seen[stream.preset(i)];
  ASSERT_EQ(seen.size(), 3u);
  for (const auto& [preset, n] : seen) EXPECT_GT(n, 60) << preset;  // about 100 each
}

TEST(KernelStream, EmptyListMeansEveryPreset) {
  EXPECT_EQ(KernelStream(1, {}).presets(), gen::preset_names());
}

TEST(KernelStream, UnknownPresetIsRefusedWithTheKnownOnes) {
  try {
    KernelStream(1, {"loop", "no_such"});
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("unknown preset 'no_such' (known: arithmetic,"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace ws::pipeline
