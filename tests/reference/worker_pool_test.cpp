// The reference pool against real Python workers: results, order, and survival of dying or hanging
// workers.
#include "reference/worker_pool.h"

#include <gtest/gtest.h>

namespace ws::reference {
namespace {

const char* kKernel =
    "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    tid = wp.tid()\n    a[tid] = a[tid] * "
    "2.0\n";

TEST(WorkerPool, CompilesForBothDevicesWithThePinnedWarp) {
  WorkerPool pool(default_pool_options());
  EXPECT_EQ(pool.warp_version(), WS_WARP_VERSION);
  Response r = pool.run({kKernel, "warpsynth/k.py", {Device::Cpu, Device::Cuda}});
  ASSERT_TRUE(r.ok) << r.diagnostic.str();
  ASSERT_EQ(r.ir.kernels.size(), 1u);
  EXPECT_EQ(r.ir.kernels[0].name, "k");
  EXPECT_TRUE(r.ir.kernels[0].mangled.starts_with("k_"));
  ASSERT_EQ(r.ir.devices.size(), 2u);
  EXPECT_NE(r.ir.devices[0].source.find(r.ir.kernels[0].mangled + "_cpu_kernel_forward"), std::string::npos);
  EXPECT_NE(r.ir.devices[1].source.find(r.ir.kernels[0].mangled + "_cuda_kernel_backward"), std::string::npos);
  EXPECT_GT(r.warp_seconds, 0.0);
}

TEST(WorkerPool, ReportsInvalidWarpWithALine) {
  WorkerPool pool(default_pool_options());
  std::string bad = std::string(kKernel) + "    a[tid] = wp.sin(a[tid], 3)\n";
  Response r = pool.run({bad, "warpsynth/bad.py", {Device::Cpu}});
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.diagnostic.file, "warpsynth/bad.py");
  EXPECT_EQ(r.diagnostic.line, 7);
  EXPECT_EQ(r.diagnostic.col, 5);
  EXPECT_NE(r.diagnostic.message.find("sin"), std::string::npos) << r.diagnostic.message;
}

TEST(WorkerPool, BatchKeepsRequestOrderAcrossWorkers) {
  PoolOptions o = default_pool_options();
  o.jobs = 2;
  WorkerPool pool(o);
  std::vector<Request> reqs;
  for (int i = 0; i < 12; ++i) {
    std::string name = "k" + std::to_string(i);
    std::string src = kKernel;
    src.replace(src.find("def k("), 6, "def " + name + "(");
    reqs.push_back({src, "warpsynth/" + name + ".py", {Device::Cpu}});
  }
  auto out = pool.run_batch(reqs);
  ASSERT_EQ(out.size(), reqs.size());
  for (size_t i = 0; i < out.size(); ++i) {
    ASSERT_TRUE(out[i].ok) << out[i].diagnostic.str();
    EXPECT_EQ(out[i].ir.kernels[0].name, "k" + std::to_string(i));
  }
}

TEST(WorkerPool, SurvivesAWorkerThatDies) {
  WorkerPool pool(default_pool_options());
  Response dead = pool.run({"import os\nos._exit(3)\n", "warpsynth/die.py", {Device::Cpu}});
  ASSERT_FALSE(dead.ok);
  EXPECT_NE(dead.diagnostic.message.find("died"), std::string::npos) << dead.diagnostic.message;
  EXPECT_EQ(pool.restarts(), 2);  // first attempt and its retry
  Response after = pool.run({kKernel, "warpsynth/k.py", {Device::Cpu}});
  EXPECT_TRUE(after.ok) << after.diagnostic.str();
}

TEST(WorkerPool, KillsAHangingWorkerAfterTheTimeout) {
  PoolOptions o = default_pool_options();
  o.timeout_s = 2;
  WorkerPool pool(o);
  Response hung = pool.run({"import time\ntime.sleep(60)\n", "warpsynth/hang.py", {Device::Cpu}});
  ASSERT_FALSE(hung.ok);
  EXPECT_NE(hung.diagnostic.message.find("timed out"), std::string::npos) << hung.diagnostic.message;
  Response after = pool.run({kKernel, "warpsynth/k.py", {Device::Cpu}});
  EXPECT_TRUE(after.ok) << after.diagnostic.str();
}

TEST(WorkerPool, RefusesAMissingInterpreter) {
  PoolOptions o = default_pool_options();
  o.python = "/nonexistent/python";
  EXPECT_THROW(WorkerPool{o}, std::runtime_error);
}

}  // namespace
}  // namespace ws::reference
