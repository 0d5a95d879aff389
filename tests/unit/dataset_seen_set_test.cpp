#include <gtest/gtest.h>

#include <unordered_set>

#include "dataset/seen_set.h"

namespace ws::dataset {
namespace {

TEST(SeenSet, InsertReportsNewKeysOnly) {
  SeenSet s;
  EXPECT_FALSE(s.contains(7));
  EXPECT_TRUE(s.insert(7));
  EXPECT_FALSE(s.insert(7));
  EXPECT_TRUE(s.contains(7));
  EXPECT_TRUE(s.insert(0));  // 0 is the empty-slot marker inside; it must still work as a key
  EXPECT_FALSE(s.insert(0));
  EXPECT_TRUE(s.contains(0));
  EXPECT_EQ(s.size(), 2u);
  EXPECT_EQ(s.pending(), (std::vector<uint64_t>{7, 0}));
}

TEST(SeenSet, MatchesAStdSetThroughGrowth) {
  SeenSet s;
  std::unordered_set<uint64_t> ref;
  uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 200000; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const uint64_t key = x % 150000;  // small range: many repeats, and keys with equal low bits
    ASSERT_EQ(s.insert(key), ref.insert(key).second) << key;
  }
  EXPECT_EQ(s.size(), ref.size());
  EXPECT_EQ(s.pending().size(), ref.size());
  for (uint64_t k = 0; k < 150000; ++k) ASSERT_EQ(s.contains(k), ref.count(k) == 1) << k;
}

TEST(SeenSet, RestoredKeysAreNotPending) {
  SeenSet s;
  const std::vector<uint64_t> keys = {1, 2, 3};
  s.restore(keys);
  EXPECT_TRUE(s.pending().empty());
  EXPECT_EQ(s.size(), 3u);
  EXPECT_FALSE(s.insert(2));
  EXPECT_TRUE(s.insert(4));
  EXPECT_EQ(s.pending(), (std::vector<uint64_t>{4}));
  s.clear_pending();
  EXPECT_TRUE(s.pending().empty());
  EXPECT_TRUE(s.contains(4));
}

}  // namespace
}  // namespace ws::dataset
