// The native backend against real Warp: every tests/native_cases/*.py file is compiled by Warp 1.19.0
// (through the reference worker pool: each case sees a fresh Warp process) and by the native backend.
// Files named decline_*.py must be declined (at the position and with the reason given by a
// `# expect: LINE:COL: unsupported: ...` comment, when there is one); invalid_*.py are rejected by Warp
// and must not get output from the native backend either; all others must match byte for byte.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "codegen/native.h"
#include "pipeline/compare.h"
#include "reference/worker_pool.h"

namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;
  ws::reference::Request request;  // source and the virtual path Warp sees
};

std::vector<Case> load_cases() {
  std::vector<Case> cases;
  for (const auto& e : fs::directory_iterator(fs::path(WS_TESTS_DIR) / "native_cases")) {
    if (e.path().extension() != ".py") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    cases.push_back(
        {e.path().stem().string(), {ss.str(), "warpsynth/" + e.path().filename().string(), {"cpu", "cuda"}}});
  }
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return cases;
}

TEST(NativeVsWarp, AllCases) {
  std::vector<Case> cases = load_cases();
  ASSERT_FALSE(cases.empty());
  ws::reference::PoolOptions options = ws::reference::default_pool_options();
  options.jobs = 2;
  ws::reference::WorkerPool pool(options);
  std::vector<ws::reference::Request> requests;
  for (const Case& c : cases) requests.push_back(c.request);
  std::vector<ws::reference::Response> warp = pool.run_batch(requests);

  int exact = 0, declined = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    SCOPED_TRACE(c.name);
    auto native = ws::codegen::compile(c.request.source, c.request.path, c.request.devices);
    if (c.name.starts_with("decline_")) {
      EXPECT_FALSE(native.ok) << "expected a decline";
      if (!native.ok) {
        EXPECT_EQ(native.diagnostic.kind, "unsupported") << native.diagnostic.str();
        if (size_t at = c.request.source.find("# expect: "); at != std::string::npos) {
          size_t from = at + 10;
          std::string expected = c.request.source.substr(from, c.request.source.find('\n', from) - from);
          EXPECT_NE(native.diagnostic.str().find(expected), std::string::npos)
              << native.diagnostic.str() << "\nexpected: " << expected;
        }
        ++declined;
      }
      continue;
    }
    if (c.name.starts_with("invalid_")) {
      EXPECT_FALSE(warp[i].ok) << "Warp accepted a case meant to be invalid";
      EXPECT_FALSE(native.ok) << "native output for a kernel Warp rejects";
      ++declined;
      continue;
    }
    ASSERT_TRUE(warp[i].ok) << "Warp failed on a supported case: " << warp[i].diagnostic.str();
    ASSERT_TRUE(native.ok) << native.diagnostic.str();
    auto difference = ws::pipeline::compare_modules(warp[i].ir, native.ir);
    EXPECT_FALSE(difference) << *difference;
    exact += !difference;
  }
  std::printf("native backend: %d cases byte-identical to Warp, %d declined or rejected as expected\n", exact,
              declined);
}

}  // namespace
