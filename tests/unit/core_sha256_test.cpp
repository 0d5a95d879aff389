#include <gtest/gtest.h>

#include "core/sha256.h"

namespace ws {
namespace {

// FIPS 180-2 test vectors.
constexpr const char* kAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr const char* kEmpty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

TEST(Sha256, MatchesTheStandardVectors) {
  EXPECT_EQ(hex(sha256("abc")), kAbc);
  EXPECT_EQ(hex(sha256("")), kEmpty);
  EXPECT_EQ(hex(sha256("abc"), 4), std::string(kAbc).substr(0, 8));
}

TEST(Sha256, IncrementalEqualsOneShotAndStartsOverAfterFinish) {
  Sha256 h;
  h.update("a");
  h.update(std::string_view("bc"));
  EXPECT_EQ(hex(h.finish()), kAbc);
  EXPECT_EQ(hex(h.finish()), kEmpty);  // nothing fed since the last finish
  h.update("junk");
  h.reset();
  h.update("abc");
  EXPECT_EQ(hex(h.finish()), kAbc);
}

}  // namespace
}  // namespace ws
