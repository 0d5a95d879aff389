#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "reference/protocol.h"

namespace ws::reference {
namespace {

TEST(Protocol, RequestIsOneJsonLine) {
  const std::string line =
      encode_request(5, {"import warp as wp\n\"x\"\n", "warpsynth/k.py", {Device::Cpu, Device::Cuda}});
  ASSERT_TRUE(line.ends_with("\n"));
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["id"], 5);
  EXPECT_EQ(j["path"], "warpsynth/k.py");
  EXPECT_EQ(j["source"], "import warp as wp\n\"x\"\n");
  EXPECT_EQ(j["devices"], nlohmann::json::array({"cpu", "cuda"}));
}

TEST(Protocol, DecodesSuccess) {
  Response r = decode_response(R"({"id":3,"ok":true,"seconds":0.5,"kernels":[{"name":"k","mangled":"k_0a","line":7}],)"
                               R"("modules":[{"device":"cpu","source":"A"},{"device":"cuda","source":"B"}]})",
                               3);
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.ir.kernels.size(), 1u);
  EXPECT_EQ(r.ir.kernels[0].mangled, "k_0a");
  EXPECT_EQ(r.ir.kernels[0].line, 7);
  ASSERT_EQ(r.ir.devices.size(), 2u);
  EXPECT_EQ(r.ir.devices[0].device, Device::Cpu);
  EXPECT_EQ(r.ir.devices[1].device, Device::Cuda);
  EXPECT_EQ(r.ir.devices[1].source, "B");
  EXPECT_DOUBLE_EQ(r.warp_seconds, 0.5);
}

TEST(Protocol, DecodesErrorWithPosition) {
  Response r = decode_response(
      R"({"id":4,"ok":false,"error":{"file":"f.py","line":3,"col":5,"message":"SyntaxError: bad"}})", 4);
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.diagnostic.str(), "f.py:3:5: error: SyntaxError: bad");
}

TEST(Protocol, UserFilesCarryTheirPackage) {
  Request req{"src", "proj/pkg/k.py", {Device::Cpu}, Package{"/abs/proj", "proj", "pkg.k", {"/abs/proj"}}};
  auto j = nlohmann::json::parse(encode_request(1, req));
  EXPECT_EQ(j["package"], nlohmann::json({{"root", "/abs/proj"},
                                          {"shown_root", "proj"},
                                          {"module", "pkg.k"},
                                          {"sys_path", nlohmann::json::array({"/abs/proj"})}}));
  EXPECT_FALSE(nlohmann::json::parse(encode_request(1, {"src", "k.py", {Device::Cpu}})).contains("package"));
}

TEST(Protocol, ImportErrorsAreEnvironmentFailures) {
  Response r = decode_response(R"({"id":4,"ok":false,"error":{"file":"f.py","line":3,"col":1,)"
                               R"("message":"ModuleNotFoundError: No module named 'torch'","environment":true}})",
                               4);
  EXPECT_EQ(r.diagnostic.kind, DiagnosticKind::Environment);
  EXPECT_EQ(r.diagnostic.str(), "f.py:3:1: error: ModuleNotFoundError: No module named 'torch'");
  EXPECT_EQ(decode_response(R"({"id":4,"ok":false,"error":{"message":"x"}})", 4).diagnostic.kind,
            DiagnosticKind::Error);
}

TEST(Protocol, RejectsGarbageAndWrongId) {
  EXPECT_THROW(decode_response("not json", 1), std::runtime_error);
  EXPECT_THROW(decode_response(R"({"id":2,"ok":true,"kernels":[],"modules":[]})", 1), std::runtime_error);
  EXPECT_THROW(decode_response(R"({"id":1,"ok":true,"kernels":[],"modules":[{"device":"metal","source":"A"}]})", 1),
               std::runtime_error);
  EXPECT_THROW(decode_hello("Traceback (most recent call last):"), std::runtime_error);
  EXPECT_EQ(decode_hello(R"({"hello":"warpsynth-worker","warp_version":"1.19.0"})"), "1.19.0");
}

}  // namespace
}  // namespace ws::reference
