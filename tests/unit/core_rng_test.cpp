#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "core/rng.h"

namespace ws {
namespace {

TEST(Rng, SameSeedAndIndexGiveSameStream) {
  Rng a(42, 7), b(42, 7);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(a.next(), b.next());
}

TEST(Rng, NeighbouringIndicesAndSeedsDiffer) {
  std::set<uint64_t> firsts;
  for (uint64_t seed = 0; seed < 50; ++seed)
    for (uint64_t index = 0; index < 50; ++index) firsts.insert(Rng(seed, index).next());
  EXPECT_EQ(firsts.size(), 2500u);
}

TEST(Rng, RangeStaysInBoundsAndCoversIt) {
  Rng r(1, 2);
  std::set<int64_t> seen;
  for (int i = 0; i < 2000; ++i) {
    int64_t v = r.range(-3, 4);
    ASSERT_GE(v, -3);
    ASSERT_LE(v, 4);
    seen.insert(v);
  }
  EXPECT_EQ(seen.size(), 8u);
}

TEST(Rng, UniformIsInUnitInterval) {
  Rng r(9, 9);
  double lo = 1, hi = 0;
  for (int i = 0; i < 10000; ++i) {
    double u = r.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    lo = std::min(lo, u);
    hi = std::max(hi, u);
  }
  EXPECT_LT(lo, 0.01);
  EXPECT_GT(hi, 0.99);
}

TEST(Rng, WeightedFollowsWeightsAndSkipsZero) {
  Rng r(3, 4);
  const std::vector<double> w = {1.0, 0.0, 3.0};
  int counts[3] = {0, 0, 0};
  for (int i = 0; i < 40000; ++i) counts[r.weighted(w)]++;
  EXPECT_EQ(counts[1], 0);
  EXPECT_NEAR(static_cast<double>(counts[2]) / counts[0], 3.0, 0.3);
}

}  // namespace
}  // namespace ws
