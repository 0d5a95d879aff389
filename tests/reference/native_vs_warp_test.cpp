// The native backend against real Warp: every tests/native_cases/*.py file is compiled by Warp 1.19.0
// (through tests/reference/native_warp_codegen.py, a fresh module per case) and by the native
// backend. Files named decline_*.py must be declined; invalid_*.py are rejected by Warp and must not
// get output from the native backend either; all others must match byte for byte.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "codegen/native.h"

namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;
  std::string path;  // virtual path Warp sees
  std::string source;
};

std::vector<Case> load_cases() {
  std::vector<Case> cases;
  for (const auto& e : fs::directory_iterator(fs::path(WS_TESTS_DIR) / "native_cases")) {
    if (e.path().extension() != ".py") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    cases.push_back({e.path().stem().string(), "warpsynth/" + e.path().filename().string(), ss.str()});
  }
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return cases;
}

// Runs Warp once over all cases; returns one JSON result per case.
std::map<std::string, nlohmann::json> run_warp(const std::vector<Case>& cases) {
  fs::path input = fs::temp_directory_path() / ("ws_native_cases_" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(input);
    for (const Case& c : cases) out << nlohmann::json{{"path", c.path}, {"source", c.source}}.dump() << "\n";
  }
  std::string cmd = std::string(WS_SOURCE_DIR) + "/.venv/bin/python " + WS_TESTS_DIR +
                    "/reference/native_warp_codegen.py < " + input.string() + " 2>/dev/null";
  std::map<std::string, nlohmann::json> results;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return results;
  std::string line;
  char buf[65536];
  size_t index = 0;
  while (fgets(buf, sizeof(buf), pipe)) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    if (index < cases.size()) results[cases[index++].name] = nlohmann::json::parse(line);
    line.clear();
  }
  pclose(pipe);
  fs::remove(input);
  return results;
}

std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string le, la;
  for (int n = 1;; ++n) {
    bool ge = static_cast<bool>(std::getline(e, le));
    bool ga = static_cast<bool>(std::getline(a, la));
    if (!ge && !ga) return "(identical lines; trailing newline differs)";
    if (le != la || ge != ga) {
      return "line " + std::to_string(n) + ":\n  warp:   " + (ge ? le : "<eof>") + "\n  native: " + (ga ? la : "<eof>");
    }
  }
}

TEST(NativeVsWarp, AllCases) {
  std::vector<Case> cases = load_cases();
  ASSERT_FALSE(cases.empty());
  auto warp = run_warp(cases);
  ASSERT_EQ(warp.size(), cases.size()) << "the Warp reference script did not answer for every case";
  int exact = 0, declined = 0;
  auto check = [&](const Case& c) {
    SCOPED_TRACE(c.name);
    auto native = ws::codegen::compile(c.source, c.path, {"cpu", "cuda"});
    if (c.name.rfind("decline_", 0) == 0) {
      EXPECT_FALSE(native.ok) << "expected a decline";
      if (!native.ok) {
        EXPECT_EQ(native.diagnostic.kind, "unsupported") << native.diagnostic.str();
        ++declined;
      }
      return;
    }
    const nlohmann::json& w = warp[c.name];
    if (c.name.rfind("invalid_", 0) == 0) {
      EXPECT_FALSE(w.value("ok", true)) << "Warp accepted a case meant to be invalid";
      EXPECT_FALSE(native.ok) << "native output for a kernel Warp rejects";
      ++declined;
      return;
    }
    ASSERT_TRUE(w.value("ok", false)) << "Warp failed on a supported case: " << w.value("error", "");
    ASSERT_TRUE(native.ok) << native.diagnostic.str();
    ASSERT_EQ(native.ir.kernels.size(), w["kernels"].size());
    for (size_t i = 0; i < native.ir.kernels.size(); ++i) {
      EXPECT_EQ(native.ir.kernels[i].name, w["kernels"][i]["name"].get<std::string>());
      EXPECT_EQ(native.ir.kernels[i].mangled, w["kernels"][i]["mangled"].get<std::string>());
      EXPECT_EQ(native.ir.kernels[i].line, w["kernels"][i]["line"].get<int>());
    }
    bool same = true;
    for (const auto& dev : native.ir.devices) {
      const std::string expected = w[dev.device].get<std::string>();
      if (dev.source != expected) {
        same = false;
        ADD_FAILURE() << dev.device << " source differs at " << first_difference(expected, dev.source);
      }
    }
    exact += same;
  };
  for (const Case& c : cases) check(c);
  std::printf("native backend: %d cases byte-identical to Warp, %d declined or rejected as expected\n", exact,
              declined);
}

}  // namespace
