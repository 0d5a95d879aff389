// verify/verify.h without a compiler run: the launch shapes, the contract's array shapes and errors,
// and the header lookup's errors. (tests/reference/verify_test.cpp and verify_tiled_test.cpp run kernels.)
#include "verify/verify.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace ws::verify {
namespace {

TEST(VerifyLaunch, ShapesDifferPerDimension) {
  EXPECT_EQ(launch_shape(1), (std::vector<int>{37}));
  EXPECT_EQ(launch_shape(2), (std::vector<int>{37, 3}));
  EXPECT_EQ(launch_shape(4), (std::vector<int>{37, 3, 2, 5}));
}

TEST(VerifyLaunch, ArrayShapesFromTheContract) {
  const std::vector<int> l1 = launch_shape(1), l2 = launch_shape(2);
  std::string e;
  EXPECT_EQ(array_shape(R"("launch")", l2, e), (std::vector<int>{37, 3}));
  EXPECT_EQ(array_shape("[9]", l2, e), (std::vector<int>{9}));
  EXPECT_EQ(array_shape(R"({"tile": [64]})", l1, e), (std::vector<int>{2368}));
  EXPECT_EQ(array_shape(R"({"tile": [8, 32]})", l1, e), (std::vector<int>{296, 32}));
  EXPECT_EQ(array_shape(R"({"tile": [16, 16]})", l2, e), (std::vector<int>{592, 48}));
  EXPECT_EQ(array_shape(R"({"tile": [16, 16], "axes": [1, 0]})", l2, e), (std::vector<int>{48, 592}));
  EXPECT_EQ(array_shape(R"({"tile": [4, 16], "axes": [2, 0]})", l2, e), (std::vector<int>{4, 592}));
  EXPECT_EQ(e, "");
}

// A module with just what the harness reads before compiling: Warp's block size and the kernel's
// argument struct (one float array `a`).
Kernel tiled(const std::string& launch) {
  Kernel k;
  k.mangled = "k_0";
  k.module = "#define WP_TILE_BLOCK_DIM 256\n\nstruct wp_args_k_0 {\n    wp::array_t<wp::float32> a;\n};\n\n";
  k.launch = launch;
  return k;
}

TEST(VerifyContract, MalformedTileSpecsAndBlockDimsAreContractErrors) {
  Options o;
  o.compiler = "/nonexistent/c++";  // contract errors are found before anything is compiled
  const std::pair<const char*, const char*> cases[] = {
      {R"({"ndim": 1, "arrays": {"a": {"tile": []}}})", "\"tile\" must be a list of 1 to 4 sizes"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": "64"}}})", "\"tile\" must be a list of 1 to 4 sizes"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": [1, 1, 1, 1, 1]}}})", "\"tile\" must be a list of 1 to 4 sizes"},
      {R"({"ndim": 1, "arrays": {"a": {"axes": [0]}}})", "\"tile\" must be a list of 1 to 4 sizes"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": [0]}}})", "sizes must be positive integers"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": [2.5]}}})", "sizes must be positive integers"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": [8], "axes": [-1]}}})", "axes non-negative integers"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": [8], "axes": [0, 1]}}})", "\"axes\" must be a list as long as"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": [8], "axes": 0}}})", "\"axes\" must be a list as long as"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": [8], "stride": [1]}}})", "unknown key stride"},
      {R"({"ndim": 1, "arrays": {"a": {"tile": [1073741824, 2]}}})", "the array is too large"},
      {R"({"ndim": 1, "arrays": {"a": "tile"}})", "array a: bad shape \"tile\""},
      {R"({"ndim": 1, "block_dim": 0, "arrays": {"a": "launch"}})", "launch.block_dim must be an integer"},
      {R"({"ndim": 1, "block_dim": 2048, "arrays": {"a": "launch"}})", "launch.block_dim must be an integer"},
      {R"({"ndim": 1, "block_dim": "256", "arrays": {"a": "launch"}})", "launch.block_dim must be an integer"},
      {R"({"ndim": 1, "block_dim": 128, "arrays": {"a": "launch"}})", "not the module's WP_TILE_BLOCK_DIM"},
      {R"({"ndim": 4, "block_dim": 256, "arrays": {"a": "launch"}})", "1 to 3 for a tiled launch"},
  };
  std::vector<Kernel> ks;
  for (const auto& [launch, why] : cases) ks.push_back(tiled(launch));
  const std::vector<Result> r = verify(ks, o);
  ASSERT_EQ(r.size(), ks.size());
  for (size_t i = 0; i < ks.size(); ++i) {
    EXPECT_EQ(r[i].reason, "verify: contract") << cases[i].first;
    EXPECT_NE(r[i].detail.find(cases[i].second), std::string::npos) << cases[i].first << ": " << r[i].detail;
  }
  std::string e;
  EXPECT_TRUE(array_shape(R"({"tile": [8], "axes": [0, 1]})", launch_shape(1), e).empty());
  EXPECT_NE(e.find("\"axes\" must be a list as long as"), std::string::npos) << e;
}

TEST(VerifyInclude, MissingHeadersSayWhatToGive) {
  try {
    find_warp_include("/nonexistent/warp/native");
    FAIL() << "no error for a directory without builtin.h";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("--warp-include /nonexistent/warp/native has no builtin.h"), std::string::npos)
        << e.what();
  }
}

TEST(VerifyBatch, EmptyBatchNeedsNoCompiler) {
  Options o;
  o.compiler = "/nonexistent/c++";
  EXPECT_TRUE(verify({}, o).empty());
}

}  // namespace
}  // namespace ws::verify
