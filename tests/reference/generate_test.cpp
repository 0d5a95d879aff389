// `warpsynth generate` through real Warp: record contents, determinism across --jobs, round trips
// through extract, manifest honesty, and resume after SIGKILL.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "test_support.h"

namespace ws::testing {
namespace {

std::string generate_cmd(uint64_t count, uint64_t seed, int jobs, const std::filesystem::path& out,
                         const std::string& extra = "") {
  return cli() + " generate --quiet --count " + std::to_string(count) + " --seed " + std::to_string(seed) + " --jobs " +
         std::to_string(jobs) + " --backend warp --out " + out.string() + " " + extra;
}

std::vector<nlohmann::json> all_records(const std::filesystem::path& dir) {
  std::vector<nlohmann::json> out;
  for (auto& [split, text] : dataset_text(dir))
    for (auto& j : json_lines(text)) out.push_back(j);
  return out;
}

class Generate : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir1_ = temp_dir("gen_j1");
    dir2_ = temp_dir("gen_j2");
    RunResult a = run(generate_cmd(kCount, test_seed(), 1, dir1_));
    ASSERT_EQ(a.exit_code, 0) << a.err;
    RunResult b = run(generate_cmd(kCount, test_seed(), 2, dir2_));
    ASSERT_EQ(b.exit_code, 0) << b.err;
    dir_native_ = temp_dir("gen_native");
    RunResult n = run(cli() + " generate --quiet --count " + std::to_string(kCount) + " --seed " +
                      std::to_string(test_seed()) + " --jobs 2 --out " + dir_native_.string());  // default backend
    ASSERT_EQ(n.exit_code, 0) << n.err;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(dir1_);
    std::filesystem::remove_all(dir2_);
    std::filesystem::remove_all(dir_native_);
  }
  static constexpr uint64_t kCount = 240;
  static inline std::filesystem::path dir1_, dir2_, dir_native_;
};

TEST_F(Generate, WritesExactlyCountRecordsWithIrForBothDevices) {
  auto records = all_records(dir1_);
  ASSERT_EQ(records.size(), kCount);
  std::set<uint64_t> indices;
  size_t forward_only = 0;
  for (const auto& r : records) {
    indices.insert(r["index"].get<uint64_t>());
    EXPECT_EQ(r["seed"], test_seed());
    EXPECT_EQ(r["backend"], "warp");
    EXPECT_EQ(r["warp_version"], WS_WARP_VERSION);
    EXPECT_EQ(r["path"], "warpsynth/" + r["kernel_name"].get<std::string>() + ".py");
    // @wp.kernel(enable_backward=False) (gen/module.cpp choose_backward): Warp generates no adjoint
    const bool backward = r["python"].get<std::string>().find("@wp.kernel(enable_backward=False)") == std::string::npos;
    forward_only += backward ? 0 : 1;
    for (const char* dev : {"cpu", "cuda"}) {
      const std::string fwd = r[dev]["forward"], bwd = r[dev]["backward"];
      EXPECT_NE(fwd.find("_" + std::string(dev) + "_kernel_forward("), std::string::npos) << r["id"];
      EXPECT_EQ(bwd.find("_" + std::string(dev) + "_kernel_backward(") != std::string::npos, backward) << r["id"];
      // No machine state: no temp paths inside the IR.
      EXPECT_EQ(fwd.find("/tmp/"), std::string::npos);
    }
  }
  EXPECT_EQ(indices.size(), kCount);
  EXPECT_GT(forward_only, 0u);  // about 9% of kernels: both kinds are checked
  EXPECT_LT(forward_only, kCount / 4);
}

TEST_F(Generate, SameSeedGivesIdenticalBytesForAnyJobs) {
  auto a = dataset_text(dir1_), b = dataset_text(dir2_);
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(first_mismatch(a, b), "");
}

TEST_F(Generate, DefaultNativeBackendWritesTheSameRecordsAsWarp) {
  // Native output is Warp's byte for byte, and declines fall back to Warp: only `backend` may differ.
  auto warp = all_records(dir1_), native = all_records(dir_native_);
  ASSERT_EQ(warp.size(), native.size());
  size_t by_native = 0;
  for (size_t i = 0; i < warp.size(); ++i) {
    by_native += native[i]["backend"] == "native";
    nlohmann::json a = warp[i], b = native[i];
    a.erase("backend");
    b.erase("backend");
    ASSERT_EQ(a, b) << "record " << i << " (" << warp[i]["kernel_name"] << ") differs between backends";
  }
  EXPECT_GT(by_native, warp.size() / 2) << "native declined most kernels";
  auto m = nlohmann::json::parse(read_file(dir_native_ / "manifest.json"));
  EXPECT_EQ(m["counts"]["declined"].get<size_t>(), warp.size() - by_native);
}

TEST_F(Generate, ManifestCountsMatchTheShards) {
  auto m = nlohmann::json::parse(read_file(dir1_ / "manifest.json"));
  EXPECT_EQ(m["warp_version"], WS_WARP_VERSION);
  EXPECT_EQ(m["counts"]["written"], kCount);
  uint64_t in_shards = 0;
  for (const auto& s : m["shards"]) {
    in_shards += s["records"].get<uint64_t>();
    EXPECT_TRUE(std::filesystem::exists(dir1_ / s["file"].get<std::string>()));
  }
  EXPECT_EQ(in_shards, kCount);
  const uint64_t drawn = m["counts"]["drawn"];
  EXPECT_EQ(drawn, kCount + m["counts"]["duplicates"].get<uint64_t>() + m["counts"]["failures"].size());
  EXPECT_FALSE(std::filesystem::exists(dir1_ / ".warpsynth"));  // resume state removed when done
}

TEST_F(Generate, EveryRecordRoundTripsThroughExtract) {
  auto records = all_records(dir1_);
  // Each record's Python, written under its virtual path and fed back through the real CLI, must give
  // the record's IR again. One extract call takes all files (in argument order).
  auto tmp = temp_dir("roundtrip");
  std::filesystem::create_directories(tmp / "warpsynth");
  std::string files;
  for (const auto& r : records) {
    const std::string path = r["path"];
    std::ofstream(tmp / path) << r["python"].get<std::string>();
    files += " " + path;
  }
  RunResult x = run("cd " + tmp.string() + " && " + cli() + " extract --jobs 2" + files);
  ASSERT_EQ(x.exit_code, 0) << x.err;
  auto back = json_lines(x.out);
  ASSERT_EQ(back.size(), records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(back[i]["cpu"], records[i]["cpu"]) << records[i]["id"];
    EXPECT_EQ(back[i]["cuda"], records[i]["cuda"]) << records[i]["id"];
    EXPECT_EQ(back[i]["mangled_name"], records[i]["mangled_name"]);
    EXPECT_EQ(back[i]["struct_hash"], records[i]["struct_hash"]);
  }
  std::filesystem::remove_all(tmp);
}

TEST_F(Generate, PythonReadersSeeEveryRecord) {
  // json + zstandard over every shard (checked against the manifest), then HF datasets.load_dataset.
  RunResult r = run(python() + " " + std::string(WS_SOURCE_DIR) + "/scripts/read_dataset.py " + dir1_.string());
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  uint64_t plain = 0, hf = 0;
  std::stringstream ss(r.out);
  for (std::string line; std::getline(ss, line);) {
    const auto colon = line.find(": ");
    if (colon == std::string::npos || !line.ends_with(" records")) continue;
    const uint64_t n = std::stoull(line.substr(colon + 2));
    (line.starts_with("load_dataset ") ? hf : plain) += n;
  }
  EXPECT_EQ(plain, kCount) << r.out;
  EXPECT_EQ(hf, kCount) << r.out;
}

TEST(GenerateErrors, RefusesNonEmptyDirAndBadFlags) {
  auto dir = temp_dir("nonempty");
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "mine.txt") << "x";
  RunResult r = run(generate_cmd(5, 1, 1, dir));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("--force"), std::string::npos) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir / "mine.txt"));
  std::filesystem::remove_all(dir);

  RunResult bad = run(cli() + " generate --count 5 --out " + temp_dir("x").string() + " --preset nosuch");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("unknown preset 'nosuch'"), std::string::npos) << bad.err;
  RunResult split = run(cli() + " generate --count 5 --out " + temp_dir("y").string() + " --split 0.5,0.5,0.5");
  EXPECT_NE(split.exit_code, 0);
  EXPECT_NE(split.err.find("split"), std::string::npos) << split.err;
}

TEST(GenerateResume, SigkillAtThreeRandomPointsThenResumeGivesIdenticalRecords) {
  const uint64_t count = 400, seed = test_seed() + 7;
  // --shard-mb 1 makes a commit roughly every 50 records, so kills land between and inside commits.
  const std::string opts = "--shard-mb 1";
  auto ref = temp_dir("resume_ref");
  ASSERT_EQ(run(generate_cmd(count, seed, 2, ref, opts)).exit_code, 0);

  auto dir = temp_dir("resume");
  std::mt19937 rng(static_cast<unsigned>(seed));
  std::string resume_flag = "";
  for (int kill_round = 0; kill_round < 3; ++kill_round) {
    const int delay_ms = std::uniform_int_distribution<int>(500, 4000)(rng);
    const std::string cmd = generate_cmd(count, seed, 2, dir, opts + " " + resume_flag);
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      execl("/bin/sh", "sh", "-c", ("exec " + cmd + " >/dev/null 2>&1").c_str(), nullptr);
      _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    std::printf("[ws] kill %d after %d ms\n", kill_round + 1, delay_ms);
    // Killed before its first checkpoint, a run has nothing to resume and starts over.
    resume_flag = std::filesystem::exists(dir / ".warpsynth" / "checkpoint.json") ? "--resume" : "--force";
  }
  if (std::filesystem::exists(dir / "manifest.json") && !std::filesystem::exists(dir / ".warpsynth")) {
    // The run finished before a kill landed; nothing to resume.
  } else {
    RunResult r = run(generate_cmd(count, seed, 1, dir, opts + " " + resume_flag));
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  EXPECT_EQ(first_mismatch(dataset_text(dir), dataset_text(ref)), "");
  auto m = nlohmann::json::parse(read_file(dir / "manifest.json"));
  EXPECT_EQ(m["counts"]["written"], count);
  std::filesystem::remove_all(ref);
  std::filesystem::remove_all(dir);
}

TEST(GenerateResume, RefusesDifferentOptionsAndMissingCheckpoint) {
  auto dir = temp_dir("resume_opts");
  const std::string cmd = generate_cmd(2000, 3, 1, dir, "--shard-mb 1");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + cmd + " >/dev/null 2>&1").c_str(), nullptr);
    _exit(127);
  }
  // Kill it as soon as its first checkpoint exists.
  for (int i = 0; i < 600 && !std::filesystem::exists(dir / ".warpsynth" / "checkpoint.json"); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  ASSERT_TRUE(std::filesystem::exists(dir / ".warpsynth" / "checkpoint.json"));
  RunResult r = run(generate_cmd(2000, 4, 1, dir, "--shard-mb 1 --resume"));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("resume"), std::string::npos) << r.err;
  std::filesystem::remove_all(dir);

  auto empty = temp_dir("resume_none");
  RunResult none = run(generate_cmd(5, 3, 1, empty, "--resume"));
  EXPECT_NE(none.exit_code, 0);
  EXPECT_NE(none.err.find("resume"), std::string::npos) << none.err;
  std::filesystem::remove_all(empty);
}

}  // namespace
}  // namespace ws::testing
