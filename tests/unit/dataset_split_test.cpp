#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>

#include "dataset/split.h"

namespace ws::dataset {
namespace {

std::string hash_hex(uint64_t i) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(i * 0x9E3779B97F4A7C15ull));
  return buf;
}

std::string parse_error(const std::string& text) {
  try {
    SplitRatios::parse(text);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

TEST(SplitRatios, ParsesThreeRatios) {
  const SplitRatios r = SplitRatios::parse("0.8,0.1,0.1");
  EXPECT_DOUBLE_EQ(r.train, 0.8);
  EXPECT_DOUBLE_EQ(r.validation, 0.1);
  EXPECT_DOUBLE_EQ(r.test, 0.1);
  const SplitRatios d = SplitRatios::parse("0.9, 0.05, 0.05");
  EXPECT_DOUBLE_EQ(d.train, SplitRatios{}.train);
  EXPECT_DOUBLE_EQ(SplitRatios::parse("1,0,0").train, 1.0);
}

TEST(SplitRatios, RejectsBadInputWithAClearMessage) {
  for (const char* bad : {"", "0.9,0.1", "0.9,0.05,0.05,0", "a,0.5,0.5", "0.5,,0.5", "-0.1,0.6,0.5", "nan,0.5,0.5",
                          "0.5,0.3,0.3", "0.9;0.05;0.05", "1e400,0,0"}) {
    const std::string msg = parse_error(bad);
    EXPECT_NE(msg.find("invalid split ratios \"" + std::string(bad) + "\""), std::string::npos) << bad << ": " << msg;
    EXPECT_NE(msg.find("e.g. 0.9,0.05,0.05"), std::string::npos) << msg;
  }
  EXPECT_NE(parse_error("0.5,0.3,0.3").find("sum to 1.1"), std::string::npos);
  EXPECT_NE(parse_error("-0.1,0.6,0.5").find("non-negative"), std::string::npos);
  EXPECT_NE(parse_error("0.9,0.1").find("three"), std::string::npos);
  EXPECT_EQ(parse_error("0.7,0.2,0.1000000001"), "");  // within 1e-9
}

TEST(Split, NamesRoundTrip) {
  for (Split s : kSplits) EXPECT_EQ(split_from_name(split_name(s)), s);
  EXPECT_STREQ(split_name(Split::Validation), "validation");
  EXPECT_THROW(split_from_name("dev"), std::invalid_argument);
}

TEST(AssignSplit, DeterministicAndProportional) {
  const SplitRatios ratios;
  std::map<Split, int> counts;
  const int n = 100000;
  for (int i = 0; i < n; ++i) {
    const std::string h = hash_hex(static_cast<uint64_t>(i));
    const Split s = assign_split(h, ratios);
    ASSERT_EQ(assign_split(h, ratios), s) << h;  // a structure never lands in two splits
    ++counts[s];
  }
  // Binomial standard deviation at n = 100k is under 0.001 for every split: 0.005 is a 5-sigma band.
  EXPECT_NEAR(counts[Split::Train] / double(n), 0.90, 0.005);
  EXPECT_NEAR(counts[Split::Validation] / double(n), 0.05, 0.005);
  EXPECT_NEAR(counts[Split::Test] / double(n), 0.05, 0.005);
}

TEST(AssignSplit, DependsOnTheHashOnly) {
  // Same string, different storage: same split. Different hashes spread over splits.
  const std::string a = hash_hex(42);
  const std::string b(a.begin(), a.end());
  EXPECT_EQ(assign_split(a, SplitRatios{}), assign_split(b, SplitRatios{}));
  const SplitRatios even = SplitRatios::parse("0.34,0.33,0.33");
  std::map<Split, int> seen;
  for (int i = 0; i < 100; ++i) ++seen[assign_split(hash_hex(static_cast<uint64_t>(i)), even)];
  EXPECT_EQ(seen.size(), 3u);
}

TEST(AssignSplit, EmptySplitsGetNothing) {
  const SplitRatios train_only = SplitRatios::parse("1,0,0");
  const SplitRatios test_only = SplitRatios::parse("0,0,1");
  const SplitRatios no_test = SplitRatios::parse("0.5,0.5,0");
  for (int i = 0; i < 10000; ++i) {
    const std::string h = hash_hex(static_cast<uint64_t>(i));
    EXPECT_EQ(assign_split(h, train_only), Split::Train);
    EXPECT_EQ(assign_split(h, test_only), Split::Test);
    EXPECT_NE(assign_split(h, no_test), Split::Test);
  }
}

}  // namespace
}  // namespace ws::dataset
