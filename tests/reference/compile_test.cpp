// Generated pairs are valid code, not just text Warp emitted: a sample of whole modules compiles,
// CUDA through NVRTC to PTX (Warp's own build path, no GPU needed) and CPU through g++.
#include <gtest/gtest.h>

#include "test_support.h"

namespace ws::testing {
namespace {

TEST(Compile, GeneratedModulesCompileForCpuAndCuda) {
  auto dir = temp_dir("compile");
  RunResult g = run(cli() + " generate --quiet --full-module --count 20 --seed " + std::to_string(test_seed()) +
                    " --jobs 2 --out " + dir.string());
  ASSERT_EQ(g.exit_code, 0) << g.err;
  RunResult c = run(python() + " " + std::string(WS_SOURCE_DIR) + "/scripts/compile_check.py " + dir.string());
  EXPECT_EQ(c.exit_code, 0) << c.out << c.err;
  EXPECT_NE(c.out.find("compiled: 20 cpu, 20 cuda; failed: 0"), std::string::npos) << c.out << c.err;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ws::testing
