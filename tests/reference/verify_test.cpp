// `generate --verify run` (verify/verify.h): generated kernels run forward and backward under their
// contract, compiled from the record's CPU module against the pinned Warp's headers; and hand-written
// kernels that index out of bounds, produce a NaN, overflow a signed integer or hang each fail with
// their own reason.
#include "verify/verify.h"

#include <gtest/gtest.h>

#include "dataset/record.h"
#include "pipeline/backend.h"
#include "test_support.h"

namespace ws::testing {
namespace {

// The kernel `name` of `python`, compiled for the CPU (native backend, Warp for what it declines).
verify::Kernel kernel_of(const std::string& python, const std::string& name, const std::string& launch) {
  pipeline::Backend backend(BackendKind::Native, 1, {Device::Cpu});
  std::vector<pipeline::Compiled> c = backend.compile({{python, "warpsynth/" + name + ".py"}});
  EXPECT_TRUE(c[0].ok) << c[0].diagnostic.str();
  verify::Kernel k;
  for (const KernelInfo& info : c[0].ir.kernels)
    if (info.name == name) k.mangled = info.mangled;
  EXPECT_FALSE(k.mangled.empty());
  k.module = c[0].ir.devices.at(0).source;
  k.launch = launch;
  k.python = python;
  k.input_seed = 7;
  return k;
}

const char* kTwoArrays = R"({"ndim": 1, "arrays": {"a": "launch", "b": "launch"}, "scalars": {},
                             "float_range": [-1.0, 1.0], "int_range": [0, 8]})";

TEST(Verify, CatchesOutOfBoundsNanSignedOverflowAndHangs) {
  verify::Options o;
  o.warp_include = verify::find_warp_include({});
  o.timeout_seconds = 3;
  std::vector<verify::Kernel> ks = {
      kernel_of("import warp as wp\n\n\n@wp.kernel\ndef ok_k(a: wp.array(dtype=float), b: wp.array(dtype=float)):\n"
                "    i = wp.tid()\n    b[i] = a[i] * 2.0\n",
                "ok_k", kTwoArrays),
      kernel_of("import warp as wp\n\n\n@wp.kernel\ndef oob_k(a: wp.array(dtype=float), b: wp.array(dtype=float)):\n"
                "    i = wp.tid()\n    b[i] = a[i + 1]\n",
                "oob_k", kTwoArrays),
      kernel_of("import warp as wp\n\n\n@wp.kernel\ndef nan_k(a: wp.array(dtype=float), b: wp.array(dtype=float)):\n"
                "    i = wp.tid()\n    b[i] = wp.sqrt(a[i] - 2.0)\n",
                "nan_k", kTwoArrays),
      kernel_of(
          "import warp as wp\n\n\n@wp.kernel\ndef ub_k(a: wp.array(dtype=int), b: wp.array(dtype=int), big: int):\n"
          "    i = wp.tid()\n    b[i] = a[i] + big\n",
          "ub_k",
          R"({"ndim": 1, "arrays": {"a": "launch", "b": "launch"}, "scalars": {"big": 2147483647},
                    "float_range": [-1.0, 1.0], "int_range": [1, 8]})"),
      kernel_of("import warp as wp\n\n\n@wp.kernel\ndef hang_k(a: wp.array(dtype=float), n: int):\n"
                "    i = wp.tid()\n    for j in range(n):\n        for k in range(n):\n            a[i] = a[i] * 0.5\n",
                "hang_k",
                R"({"ndim": 1, "arrays": {"a": "launch"}, "scalars": {"n": 1000000000},
                    "float_range": [-1.0, 1.0], "int_range": [0, 8]})"),
  };
  std::vector<verify::Result> r = verify::verify(ks, o);
  ASSERT_EQ(r.size(), ks.size());
  EXPECT_EQ(r[0].reason, "") << r[0].detail;
  EXPECT_EQ(r[1].reason, "verify: oob") << r[1].detail;
  EXPECT_EQ(r[2].reason, "verify: nan") << r[2].detail;
  EXPECT_EQ(r[3].reason, "verify: ubsan") << r[3].detail;
  EXPECT_NE(r[3].detail.find("signed integer overflow"), std::string::npos) << r[3].detail;
  EXPECT_EQ(r[4].reason, "verify: timeout") << r[4].detail;

  // The passing kernel: b = 2a on 37 inputs, gradients of ones. a's gradient is 1 + 2 * 1 = 3; b's is
  // zero: Warp's adjoint of a store consumes the stored slot's gradient.
  const nlohmann::json v = nlohmann::json::parse(r[0].verification);
  EXPECT_EQ(v["launch"], nlohmann::json::array({37}));
  EXPECT_EQ(v["input_seed"], 7);
  ASSERT_TRUE(v["outputs"].contains("a") && v["outputs"].contains("b"));
  ASSERT_TRUE(v["gradients"].contains("a") && v["gradients"].contains("b"));
  std::string threes, zeros;
  for (int i = 0; i < 37; ++i) {
    const float three = 3.0f, zero = 0.0f;
    threes.append(reinterpret_cast<const char*>(&three), 4);
    zeros.append(reinterpret_cast<const char*>(&zero), 4);
  }
  EXPECT_EQ(v["gradients"]["a"], short_sha256(threes));
  EXPECT_EQ(v["gradients"]["b"], short_sha256(zeros));

  // A contract that does not fit the signature is reported, not run.
  verify::Kernel bad = ks[0];
  bad.launch = R"({"ndim": 1, "arrays": {"a": "launch"}, "scalars": {}})";
  EXPECT_EQ(verify::verify({bad}, o)[0].reason, "verify: contract");
}

TEST(Verify, GenerateVerifiesEveryRecordDeterministically) {
  const auto d1 = temp_dir("verify_j1"), d2 = temp_dir("verify_j2");
  const std::string base = cli() + " generate --quiet --count 40 --devices cpu --verify run --seed " +
                           std::to_string(test_seed()) + " --out ";
  RunResult a = run(base + d1.string() + " --jobs 1");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  RunResult b = run(base + d2.string() + " --jobs 2");
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_EQ(first_mismatch(dataset_text(d1), dataset_text(d2)), "");
  size_t n = 0;
  for (auto& [split, text] : dataset_text(d1))
    for (auto& rec : json_lines(text)) {
      ++n;
      ASSERT_TRUE(rec.contains("verification")) << rec["kernel_name"];
      // Both are JSON objects in strings (the dataset's schema stays fixed).
      const auto v = nlohmann::json::parse(rec["verification"].get<std::string>());
      const auto launch = nlohmann::json::parse(rec["launch"].get<std::string>());
      EXPECT_EQ(v["launch"][0], 37);
      EXPECT_EQ(v["outputs"].size(), launch["arrays"].size()) << rec["kernel_name"];
    }
  EXPECT_EQ(n, 40u);
  const nlohmann::json m = nlohmann::json::parse(read_file(d1 / "manifest.json"));
  EXPECT_EQ(m["options"]["verify"], "run");
  uint64_t counted = 0;
  for (const auto& [k, c] : m["counts"]["failure_reasons"].items()) counted += c.get<uint64_t>();
  EXPECT_EQ(counted, m["counts"]["failures"].size());

  // The stored digests are what real Warp's own CPU launch computes on the same inputs.
  RunResult check =
      run(python() + " " + std::string(WS_SOURCE_DIR) + "/scripts/verify_check.py " + d1.string() + " --limit 4");
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("summary: ok "), std::string::npos) << check.out;
  std::filesystem::remove_all(d1);
  std::filesystem::remove_all(d2);
}

// Generated tile kernels (the tiles preset) verify, and their digests are what real Warp's
// wp.launch_tiled computes on the CPU with cooperative blocks (wp.config.enable_cpu_blocks).
TEST(Verify, GeneratedTileKernelsMatchWarpsTiledLaunch) {
  const auto dir = temp_dir("verify_tiles");
  const uint64_t seed = test_seed();
  RunResult gen = run(cli() + " generate --quiet --count 8 --devices cpu --verify run --preset tiles --seed " +
                      std::to_string(seed) + " --out " + dir.string());
  ASSERT_EQ(gen.exit_code, 0) << gen.err;
  const nlohmann::json m = nlohmann::json::parse(read_file(dir / "manifest.json"));
  EXPECT_EQ(m["counts"]["failures"].size(), 0u) << m["counts"]["failures"].dump() << " seed " << seed;
  RunResult check = run(python() + " " + std::string(WS_SOURCE_DIR) + "/scripts/verify_check.py " + dir.string());
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err << " seed " << seed;
  EXPECT_NE(check.out.find("summary: ok 8"), std::string::npos) << check.out << " seed " << seed;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ws::testing
