#include <gtest/gtest.h>

#include "core/device.h"

namespace ws {
namespace {

// Warp's own device names: they appear in records, manifests, the worker protocol and in Warp's
// `<kernel>_<device>_kernel_forward` entry points.
TEST(Device, NamesAreWarps) {
  EXPECT_EQ(device_name(Device::Cpu), "cpu");
  EXPECT_EQ(device_name(Device::Cuda), "cuda");
}

TEST(Device, ParsesExactlyTheNames) {
  for (Device d : kDevices) EXPECT_EQ(parse_device(device_name(d)), d);
  EXPECT_EQ(parse_device("metal"), std::nullopt);
  EXPECT_EQ(parse_device("CPU"), std::nullopt);
  EXPECT_EQ(parse_device(""), std::nullopt);
  EXPECT_EQ(parse_device("cuda:0"), std::nullopt);
}

}  // namespace
}  // namespace ws
