#include <gtest/gtest.h>

#include <stdexcept>

#include "pipeline/backend.h"

namespace ws::pipeline {
namespace {

// A command runs warp or native; "none" names Python-only records, not a backend to run.
TEST(ParseBackend, AcceptsTheBackendsACommandCanRun) {
  EXPECT_EQ(parse_backend("warp"), BackendKind::Warp);
  EXPECT_EQ(parse_backend("native"), BackendKind::Native);
  EXPECT_THROW(parse_backend("none"), std::invalid_argument);
  EXPECT_THROW(parse_backend("Warp"), std::invalid_argument);
}

}  // namespace
}  // namespace ws::pipeline
