// --devices is read once, at the CLI edge (cli::parse_devices into core/device.h's Device): unknown,
// repeated or missing devices are refused with the flag named and a non-zero exit; the devices given
// are the modules a record carries, under Warp's names.
#include <gtest/gtest.h>

#include <string>

#include "reference/test_support.h"

namespace ws::testing {
namespace {

std::string extract_native() {
  return cli() + " extract --backend native " + tests_dir() + "/native_cases/branches_and_loops.py";
}

TEST(Devices, BadListsAreRefusedWithTheFlagNamed) {
  const struct {
    std::string value, message;
  } bad[] = {{"tpu", "unknown device 'tpu' (expected cpu, cuda)"},
             {"CPU", "unknown device 'CPU' (expected cpu, cuda)"},
             {"cpu,cpu", "device 'cpu' given twice"},
             {",cpu", "unknown device '' (expected cpu, cuda)"},
             {"''", "no device given"}};
  for (const auto& b : bad) {
    const RunResult r = run(extract_native() + " --devices " + b.value);
    SCOPED_TRACE(b.value);
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("--devices"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(b.message), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}

TEST(Devices, RecordsCarryTheDevicesGiven) {
  const RunResult cuda = run(extract_native() + " --devices cuda");
  ASSERT_EQ(cuda.exit_code, 0) << cuda.err;
  EXPECT_FALSE(json_lines(cuda.out).empty());
  for (const auto& rec : json_lines(cuda.out)) {
    EXPECT_TRUE(rec["cpu"].is_null());
    EXPECT_NE(rec["cuda"]["forward"].get<std::string>().find("_cuda_kernel_forward("), std::string::npos);
  }
  const RunResult both = run(extract_native() + " --devices cuda,cpu");
  ASSERT_EQ(both.exit_code, 0) << both.err;
  for (const auto& rec : json_lines(both.out)) {
    EXPECT_NE(rec["cpu"]["forward"].get<std::string>().find("_cpu_kernel_forward("), std::string::npos);
    EXPECT_NE(rec["cuda"]["forward"].get<std::string>().find("_cuda_kernel_forward("), std::string::npos);
  }
}

}  // namespace
}  // namespace ws::testing
