#include <gtest/gtest.h>

#include <vector>

#include "core/small_vector.h"

namespace ws {
namespace {

// Every operation is checked against std::vector doing the same, across the inline/heap boundary.
TEST(SmallVector, BehavesLikeStdVectorAcrossTheInlineCapacity) {
  for (int n = 0; n <= 9; ++n) {
    SmallVector<int, 3> s;
    std::vector<int> v;
    for (int i = 0; i < n; ++i) {
      s.push_back(i * 7);
      v.push_back(i * 7);
    }
    ASSERT_EQ(std::vector<int>(s.begin(), s.end()), v) << n;
    ASSERT_EQ(s.size(), v.size());
    ASSERT_EQ(s.empty(), v.empty());
    if (n) {
      EXPECT_EQ(s.front(), v.front());
      EXPECT_EQ(s.back(), v.back());
    }
    SmallVector<int, 3> copy = s;
    EXPECT_EQ(copy, s);
    copy.push_back(99);  // the copy owns its storage
    EXPECT_EQ(s.size(), v.size());
    SmallVector<int, 3> moved = std::move(copy);
    EXPECT_EQ(moved.size(), v.size() + 1);
    EXPECT_EQ(moved.back(), 99);
    EXPECT_TRUE(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from SmallVector is empty
    copy.push_back(1);          // and usable
    EXPECT_EQ(copy.size(), 1u);
    s = moved;
    EXPECT_EQ(s, moved);
  }
}

TEST(SmallVector, PushBackOfItsOwnElementWhileGrowing) {
  SmallVector<int, 2> s{5, 6};
  s.push_back(s.front());  // grows: the argument must be read before the old storage goes
  EXPECT_EQ(std::vector<int>(s.begin(), s.end()), (std::vector<int>{5, 6, 5}));
}

TEST(SmallVector, FillAndRangeConstructors) {
  SmallVector<int, 2> fill(5, 4);
  EXPECT_EQ(std::vector<int>(fill.begin(), fill.end()), std::vector<int>(5, 4));
  const std::vector<int> src{1, 2, 3, 4};
  SmallVector<int, 2> range(src.begin() + 1, src.end());
  EXPECT_EQ(std::vector<int>(range.begin(), range.end()), (std::vector<int>{2, 3, 4}));
}

}  // namespace
}  // namespace ws
