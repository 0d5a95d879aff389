// `warpsynth extract` on a hand-written file against Warp's own codegen of the same file, imported as
// an ordinary module by an independent oracle script.
#include <gtest/gtest.h>

#include "test_support.h"

namespace ws::testing {
namespace {

const std::string kFile = std::string(WS_TESTS_DIR) + "/data/mixed_kernels.py";

TEST(Extract, EveryKernelMatchesWarpsOwnCodegen) {
  RunResult r = run(cli() + " extract --full-module " + kFile);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> records = json_lines(r.out);
  nlohmann::json oracle = warp_oracle(kFile);

  ASSERT_EQ(records.size(), oracle["kernels"].size());
  ASSERT_EQ(records.size(), 4u);  // integrate, rotate, laplace, iterate
  for (size_t i = 0; i < records.size(); ++i) {
    const auto& rec = records[i];
    EXPECT_EQ(rec["kernel_name"], oracle["kernels"][i]["name"]);
    EXPECT_EQ(rec["mangled_name"], oracle["kernels"][i]["mangled"]);
    EXPECT_EQ(rec["path"], kFile);
    EXPECT_EQ(rec["preset"], "extract");
    EXPECT_EQ(rec["warp_version"], WS_WARP_VERSION);
    for (const char* dev : {"cpu", "cuda"}) {
      const std::string module = oracle["modules"][dev];
      EXPECT_EQ(rec[dev]["module"], module) << rec["kernel_name"] << " " << dev;
      const std::string fwd = rec[dev]["forward"], bwd = rec[dev]["backward"];
      const std::string mangled = rec["mangled_name"];
      EXPECT_NE(fwd.find(mangled + "_" + dev + "_kernel_forward("), std::string::npos);
      EXPECT_NE(bwd.find(mangled + "_" + dev + "_kernel_backward("), std::string::npos);
      EXPECT_NE(module.find(fwd), std::string::npos) << "forward is not a verbatim slice of Warp's module";
      EXPECT_NE(module.find(bwd), std::string::npos) << "backward is not a verbatim slice of Warp's module";
      for (const std::string f : rec[dev]["functions"]) EXPECT_NE(module.find(f), std::string::npos);
    }
  }
}

TEST(Extract, FunctionsAreTheOnesTheKernelCalls) {
  RunResult r = run(cli() + " extract --kernel integrate --devices cpu " + kFile);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), 1u);
  std::string all;
  for (const std::string f : records[0]["cpu"]["functions"]) all += f;
  // integrate calls damped and kinetic: both, forward and adjoint.
  EXPECT_EQ(records[0]["cpu"]["functions"].size(), 4u);
  EXPECT_NE(all.find("damped_0("), std::string::npos);
  EXPECT_NE(all.find("adj_kinetic_0("), std::string::npos);
  EXPECT_TRUE(records[0]["cuda"].is_null());
  // Line comments carry the file's own line numbers: damped is defined on line 22.
  EXPECT_NE(all.find("// " + kFile + ":22\n"), std::string::npos);
}

TEST(Extract, LaplaceHasNoFunctions) {
  RunResult r = run(cli() + " extract --kernel laplace --devices cuda " + kFile);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_TRUE(records[0]["cuda"]["functions"].empty());
  EXPECT_NE(std::string(records[0]["cuda"]["forward"]).find("wp::launch_bounds_t<2> dim"), std::string::npos);
}

class ExtractErrors : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& text) {
    auto p = std::filesystem::temp_directory_path() / ("ws_extract_" + std::to_string(getpid()) + "_" + name);
    std::ofstream(p) << text;
    files_.push_back(p);
    return p.string();
  }
  void TearDown() override {
    for (auto& p : files_) std::filesystem::remove(p);
  }
  std::vector<std::filesystem::path> files_;
};

TEST_F(ExtractErrors, EachFileSeesAFreshWarpProcess) {
  // Warp numbers @wp.func helpers per name with a process-wide counter, and its own helpers (norm_l2)
  // are counted at import. Two files through one worker must each match a fresh interpreter.
  const std::string text =
      "import warp as wp\n\n@wp.func\ndef norm_l2(x: float):\n    return x * x\n\n"
      "@wp.func\ndef helper(x: float):\n    return x + 1.0\n\n"
      "@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    i = wp.tid()\n    a[i] = helper(norm_l2(a[i]))\n";
  const std::string f1 = write("fresh1.py", text), f2 = write("fresh2.py", text);
  RunResult r = run(cli() + " extract --full-module --devices cpu --jobs 1 " + f1 + " " + f2);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["cpu"]["module"], warp_oracle(f1, "cpu")["modules"]["cpu"]);
  EXPECT_EQ(records[1]["cpu"]["module"], warp_oracle(f2, "cpu")["modules"]["cpu"]);
  EXPECT_NE(std::string(records[1]["cpu"]["module"]).find("helper_0("), std::string::npos);
}

TEST_F(ExtractErrors, AFileChangingWarpsConfigDoesNotChangeTheNext) {
  // wp.config is process state: a file that turns off backward passes for itself (as several of Warp's
  // own examples do) must not turn them off for the next file its worker compiles.
  const std::string kernel = "@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    i = wp.tid()\n    a[i] = a[i] * a[i]\n";
  const std::string f1 = write("config1.py", "import warp as wp\n\nwp.config.enable_backward = False\n\n" + kernel);
  const std::string f2 = write("config2.py", "import warp as wp\n\n" + kernel);
  RunResult r = run(cli() + " extract --full-module --devices cpu --jobs 1 " + f1 + " " + f2);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["cpu"]["backward"], "");
  EXPECT_EQ(records[1]["cpu"]["module"], warp_oracle(f2, "cpu")["modules"]["cpu"]);
  EXPECT_NE(records[1]["cpu"]["backward"], "");
}

TEST_F(ExtractErrors, InvalidPythonGetsFileLineCol) {
  std::string f = write("syntax.py", "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float):\n    pass\n");
  RunResult r = run(cli() + " extract " + f);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.rfind(f + ":4:", 0), 0u) << r.err;
  EXPECT_NE(r.err.find(": error: SyntaxError"), std::string::npos) << r.err;
}

TEST_F(ExtractErrors, InvalidWarpGetsFileLineCol) {
  std::string f = write("types.py",
                        "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    tid = wp.tid()\n"
                        "    a[tid] = a[tid] + 1\n");
  RunResult r = run(cli() + " extract " + f);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(r.err.rfind(f + ":6:5: error:", 0), 0u) << r.err;
}

TEST_F(ExtractErrors, MissingFileUnknownKernelAndBadDevice) {
  RunResult missing = run(cli() + " extract /nonexistent/x.py");
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("/nonexistent/x.py: error: cannot read file"), std::string::npos) << missing.err;

  RunResult unknown = run(cli() + " extract --kernel nope " + kFile);
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.err.find("no kernel named 'nope'"), std::string::npos) << unknown.err;

  RunResult dev = run(cli() + " extract --devices tpu " + kFile);
  EXPECT_NE(dev.exit_code, 0);
  EXPECT_NE(dev.err.find("unknown device 'tpu'"), std::string::npos) << dev.err;
}

}  // namespace
}  // namespace ws::testing
