// verify/verify.h without a compiler run: the launch shapes and the header lookup's errors.
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
