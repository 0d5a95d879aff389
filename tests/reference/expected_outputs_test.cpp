// The Warp output checked in under tests/native_cases/expected/ against the pinned Warp itself:
// scripts/refresh_expected.sh regenerates it into a temporary directory, and any difference (a file
// more, less or changed) fails. The unit test codegen_native_cases compares the native backend with the
// checked-in files, so together they compare native with real Warp on every case.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "pipeline/compare.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using ws::testing::read_file;
using ws::testing::run;

std::set<std::string> file_names(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

TEST(ExpectedOutputs, MatchThePinnedWarp) {
  const fs::path fresh = fs::temp_directory_path() / ("ws_expected_" + std::to_string(getpid()));
  fs::remove_all(fresh);
  const fs::path script = fs::path(WS_SOURCE_DIR) / "scripts" / "refresh_expected.sh";
  ws::testing::RunResult r = run("WARPSYNTH=" + ws::testing::cli() + " " + script.string() + " " + fresh.string());
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;

  const fs::path checked_in = fs::path(ws::testing::tests_dir()) / "native_cases" / "expected";
  const std::set<std::string> want = file_names(fresh), have = file_names(checked_in);
  EXPECT_GT(want.size(), 100u);
  for (const std::string& name : want) {
    if (!have.contains(name)) {
      ADD_FAILURE() << "Warp now writes " << name << ", which is not checked in";
      continue;
    }
    if (auto difference = ws::pipeline::describe_difference(read_file(checked_in / name), read_file(fresh / name)))
      ADD_FAILURE() << "Warp's output differs from the checked-in " << name << " (- checked in, + Warp now):\n"
                    << *difference;
  }
  for (const std::string& name : have)
    EXPECT_TRUE(want.contains(name)) << "checked-in " << name << " is no longer written by Warp";
  fs::remove_all(fresh);
  if (::testing::Test::HasFailure())
    std::printf("the Warp pin moved or a case changed: review, then run scripts/refresh_expected.sh\n");
}

}  // namespace
