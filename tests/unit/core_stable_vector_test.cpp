#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/stable_vector.h"

namespace ws {
namespace {

TEST(StableVector, ElementsKeepTheirAddressesAsItGrows) {
  StableVector<std::string, 4> v;
  std::vector<const std::string*> addresses;
  for (int i = 0; i < 100; ++i) addresses.push_back(&v.emplace_back(std::to_string(i)));
  ASSERT_EQ(v.size(), 100u);
  for (size_t i = 0; i < 100; ++i) {
    EXPECT_EQ(&v[i], addresses[i]);
    EXPECT_EQ(v[i], std::to_string(i));
  }
}

TEST(StableVector, ConstructsInPlace) {
  struct Pair {
    Pair(int n, std::string s) : a(n), b(std::move(s)) {}
    int a;
    std::string b;
  };
  StableVector<Pair, 2> v;
  v.emplace_back(1, "one");
  const Pair& p = v.emplace_back(2, "two");
  EXPECT_EQ(p.a, 2);
  EXPECT_EQ(p.b, "two");
  EXPECT_EQ(v[0].b, "one");
}

}  // namespace
}  // namespace ws
