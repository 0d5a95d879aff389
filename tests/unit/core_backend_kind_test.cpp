#include <gtest/gtest.h>

#include "core/backend_kind.h"

namespace ws {
namespace {

// Records and manifests carry these exact names (docs/dataset-format.md).
TEST(BackendKind, NamesAreTheOnesRecordsCarry) {
  EXPECT_EQ(backend_name(BackendKind::Warp), "warp");
  EXPECT_EQ(backend_name(BackendKind::Native), "native");
  EXPECT_EQ(backend_name(BackendKind::None), "none");
}

}  // namespace
}  // namespace ws
