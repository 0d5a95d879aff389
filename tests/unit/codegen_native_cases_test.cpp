// The native backend on every hand-written case in tests/native_cases/, against what real Warp generated
// for it, checked in under tests/native_cases/expected/ by scripts/refresh_expected.sh (the reference
// test expected_outputs keeps those files current). No Python needed:
// - <case>.cpp and <case>.cu: the native modules must equal them byte for byte;
// - <case>.rejected: Warp rejects the case (they are the invalid_*.py), so native must give no output;
// - decline_*.py: declined exactly where and why its `# expect: LINE:COL: unsupported: ...` comment says.
// Each case is compiled inside its directory, as `extract` would: the modules under star_project/ are
// what star_import_*.py and decline_star_import_*.py star-import (not cases themselves).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "codegen/native.h"
#include "pipeline/compare.h"
#include "pipeline/project.h"

namespace ws::codegen {
namespace {

namespace fs = std::filesystem;

const fs::path kCases = fs::path(WS_SOURCE_DIR) / "tests" / "native_cases";
const fs::path kExpected = kCases / "expected";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kCases))
    if (e.path().extension() == ".py") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class NativeCase : public ::testing::TestWithParam<std::string> {};

TEST_P(NativeCase, MatchesWarp) {
  const std::string& name = GetParam();
  const std::string source = read_file(kCases / (name + ".py"));
  const std::string path = "warpsynth/" + name + ".py";  // as scripts/refresh_expected.sh compiles it
  // inside its directory, as extract runs it: star imports of star_project/ and of Warp are read
  const ImportSearch imports = pipeline::import_search(pipeline::locate_project(kCases / (name + ".py"), std::nullopt));
  if (imports.warp_parent.empty() && source.find("from warp.") != std::string::npos)
    GTEST_SKIP() << "the pinned Warp package is not installed in .venv (scripts/setup.sh)";
  NativeResult native = compile(source, path, {Device::Cpu, Device::Cuda}, nullptr, &imports);

  if (name.starts_with("decline_")) {
    const size_t at = source.find("# expect: ");
    ASSERT_NE(at, std::string::npos) << name << ".py needs a `# expect: LINE:COL: unsupported: ...` comment";
    const size_t from = at + 10;
    const std::string expected = path + ":" + source.substr(from, source.find('\n', from) - from);
    ASSERT_FALSE(native.ok) << "expected a decline: " << expected;
    EXPECT_EQ(native.diagnostic.str(), expected);
    return;
  }
  if (fs::exists(kExpected / (name + ".rejected"))) {
    EXPECT_TRUE(name.starts_with("invalid_")) << "Warp rejects " << name << ".py: name it invalid_*";
    EXPECT_FALSE(native.ok) << "native output for a case Warp rejects (" << read_file(kExpected / (name + ".rejected"))
                            << ")";
    return;
  }
  ASSERT_FALSE(name.starts_with("invalid_"))
      << "no expected/" << name << ".rejected: Warp accepted it at the last scripts/refresh_expected.sh";
  ASSERT_TRUE(native.ok) << native.diagnostic.str();
  ASSERT_EQ(native.ir.devices.size(), 2u);
  for (const DeviceModule& module : native.ir.devices) {
    const fs::path file = kExpected / (name + (module.device == Device::Cpu ? ".cpp" : ".cu"));
    ASSERT_TRUE(fs::exists(file)) << file << " is missing: run scripts/refresh_expected.sh";
    if (auto difference = pipeline::describe_difference(read_file(file), module.source))
      ADD_FAILURE() << file.string() << " (-) differs from the native " << device_name(module.device)
                    << " module (+):\n"
                    << *difference;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, NativeCase, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& param) { return param.param; });

// Every expected file belongs to a case that uses it: a renamed or deleted case leaves nothing behind.
TEST(NativeCaseFiles, BelongToCases) {
  const std::vector<std::string> names = case_names();
  ASSERT_FALSE(names.empty());
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(kExpected)) {
    ++files;
    const std::string stem = e.path().stem().string(), ext = e.path().extension().string();
    const bool known = std::binary_search(names.begin(), names.end(), stem) && !stem.starts_with("decline_") &&
                       (ext == ".cpp" || ext == ".cu" || ext == ".rejected");
    EXPECT_TRUE(known) << e.path() << " belongs to no case";
  }
  EXPECT_GT(files, names.size());
}

}  // namespace
}  // namespace ws::codegen
