// Every numeric flag of every command goes through cli/flags.h: negative, zero where it is invalid,
// overflowing and non-numeric values are refused with a message naming the flag and a non-zero exit,
// before anything runs. CLI11's own conversion wrapped `--count -5` into 2^64 - 5.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/flags.h"
#include "reference/test_support.h"

namespace ws::testing {
namespace {

TEST(CheckNumber, AcceptsDecimalsInRangeOnly) {
  EXPECT_EQ(cli::check_number<uint64_t>("0", 0, 10), "");
  EXPECT_EQ(cli::check_number<uint64_t>("10", 0, 10), "");
  EXPECT_EQ(cli::check_number<uint64_t>("18446744073709551615", 0, UINT64_MAX), "");
  EXPECT_EQ(cli::check_number<int>("2147483647", 0, INT32_MAX), "");
  EXPECT_EQ(cli::check_number<uint64_t>("11", 0, 10), "11 is outside [0, 10]");
  EXPECT_EQ(cli::check_number<uint64_t>("0", 1, 10), "0 is outside [1, 10]");
  EXPECT_EQ(cli::check_number<uint64_t>("-5", 0, 10), "-5 is outside [0, 10]");
  EXPECT_EQ(cli::check_number<int>("-5", 0, 10), "-5 is outside [0, 10]");
  EXPECT_EQ(cli::check_number<uint64_t>("18446744073709551616", 0, UINT64_MAX),
            "18446744073709551616 is outside [0, 18446744073709551615]");
  EXPECT_EQ(cli::check_number<int>("2147483648", 0, INT32_MAX), "2147483648 is outside [0, 2147483647]");
  EXPECT_EQ(cli::check_number<int>("-99999999999999999999", 0, 5), "-99999999999999999999 is outside [0, 5]");
  for (const char* bad : {"", "-", "abc", "1.5", "0x10", "+3", " 3", "3 ", "1e3", "5k"})
    EXPECT_EQ(cli::check_number<uint64_t>(bad, 0, 10), std::string("expected a whole number, got '") + bad + "'");
}

struct NumericFlag {
  std::string command;  // the command line up to the flag, valid on its own
  std::string flag;
  bool zero_valid;
  std::string above;  // the smallest value above the flag's maximum
};

std::string native_case() {
  return tests_dir() + "/native_cases/branches_and_loops.py";
}

std::vector<NumericFlag> numeric_flags(const std::string& out) {
  const std::string gen = cli() + " generate --quiet --ir none --out " + out;
  const std::string diff = cli() + " diff --list";
  const std::string bench = cli() + " bench";
  const std::string extract = cli() + " extract --backend native " + native_case();
  return {
      {gen, "--count", false, "1000000001"},
      {gen, "--seed", true, "18446744073709551616"},
      {gen, "--jobs", false, "257"},
      {gen, "--shard-mb", false, "1048577"},
      {gen, "--zstd-level", false, "23"},
      {diff, "--count", false, "1000000001"},
      {diff, "--seed", true, "18446744073709551616"},
      {diff, "--jobs", false, "257"},
      {diff, "--show", true, "2147483648"},
      {diff, "--show-declines", true, "2147483648"},
      {bench, "--count", false, "100000001"},
      {bench, "--seed", true, "18446744073709551616"},
      {bench, "--jobs", false, "257"},
      {bench, "--rounds", false, "100"},
      {extract, "--jobs", false, "257"},
  };
}

TEST(NumericFlags, BadValuesAreRefusedWithTheFlagNamed) {
  const auto out = temp_dir("flags");
  for (const NumericFlag& f : numeric_flags(out.string())) {
    std::vector<std::string> bad = {
        "-5", "-1", "99999999999999999999999", "-99999999999999999999999", f.above, "abc", "1.5", "0x10", "''"};
    if (!f.zero_valid) bad.push_back("0");
    for (const std::string& value : bad) {
      const RunResult r = run(f.command + " " + f.flag + " " + value);
      SCOPED_TRACE(f.command + " " + f.flag + " " + value);
      EXPECT_NE(r.exit_code, 0);
      EXPECT_NE(r.err.find(f.flag), std::string::npos) << r.err;
      const bool named =
          r.err.find("is outside [") != std::string::npos || r.err.find("expected a whole number") != std::string::npos;
      EXPECT_TRUE(named) << r.err;
      EXPECT_TRUE(r.out.empty()) << r.out;  // refused before doing anything
      EXPECT_FALSE(std::filesystem::exists(out));
    }
  }
}

// --split is a list of ratios, checked by dataset::SplitRatios::parse before the output is touched.
TEST(NumericFlags, BadSplitRatiosAreRefused) {
  const auto out = temp_dir("split");
  for (const std::string value : {"-0.5,1.5,0", "1e999,0,0", "a,b,c", "0.5,0.5", "0.5,0.5,0.5"}) {
    const RunResult r = run(cli() + " generate --quiet --ir none --out " + out.string() + " --split " + value);
    EXPECT_NE(r.exit_code, 0) << value;
    EXPECT_NE(r.err.find("invalid split ratios \"" + value + "\""), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(out));
  }
}

// The same command lines run with valid values at the edges of each range (bench needs real Warp, so
// its valid values are left to the reference tests).
TEST(NumericFlags, ValuesAtTheEdgesAreAccepted) {
  const auto out = temp_dir("flags_ok");
  const RunResult g = run(cli() + " generate --quiet --ir none --out " + out.string() +
                          " --count 1 --seed 18446744073709551615 --jobs 1 --shard-mb 1 --zstd-level 22");
  EXPECT_EQ(g.exit_code, 0) << g.err;
  std::filesystem::remove_all(out);
  const RunResult d = run(cli() + " diff --list --count 2 --seed 0 --jobs 256 --show 2147483647 --show-declines 0");
  EXPECT_EQ(d.exit_code, 0) << d.err;
  EXPECT_EQ(std::count(d.out.begin(), d.out.end(), '\n'), 2);
  const RunResult x = run(cli() + " extract --backend native --jobs 256 " + native_case());
  EXPECT_EQ(x.exit_code, 0) << x.err;
  EXPECT_FALSE(json_lines(x.out).empty());
}

TEST(NumericFlags, HelpShowsEachRange) {
  const RunResult r = run(cli() + " generate --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("in [1, 1000000000]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("in [1, 22]"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace ws::testing
