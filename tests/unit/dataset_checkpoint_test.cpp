#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <string>

#include "dataset/checkpoint.h"
#include "dataset/output_dir.h"
#include "dataset/shard_writer.h"
#include "dataset/split.h"
#include "dataset_test_util.h"

namespace ws::dataset {
namespace {

using testing::list_dir;
using testing::ScratchDir;
using testing::slurp;

TEST(Checkpoint, SaveLoadRoundTrip) {
  ScratchDir dir;
  SeenSet seen;
  seen.insert(11);
  seen.insert(22);
  Checkpoint cp;
  cp.fingerprint = "{\"seed\":1}";
  cp.next_index = 42;
  cp.shards.push_back({Split::Test, 0, "data/.test-00000.jsonl.zst", 3, 300, 100, std::string(64, 'f')});
  cp.counters = {{"written", 2}, {"per_preset", {{"basic", 2}}}};
  EXPECT_FALSE(has_checkpoint(dir.path()));
  save_checkpoint(dir.path(), cp, seen);
  EXPECT_TRUE(has_checkpoint(dir.path()));
  EXPECT_TRUE(seen.pending().empty());
  EXPECT_EQ(list_dir(checkpoint_dir(dir.path())), (std::vector<std::string>{"checkpoint.json", "seen.bin"}));

  SeenSet loaded;
  const Checkpoint back = load_checkpoint(dir.path(), cp.fingerprint, loaded);
  EXPECT_EQ(back.fingerprint, cp.fingerprint);
  EXPECT_EQ(back.next_index, 42u);
  EXPECT_EQ(nlohmann::json(back.shards), nlohmann::json(cp.shards));
  EXPECT_EQ(back.counters, cp.counters);
  EXPECT_EQ(loaded.size(), 2u);
  EXPECT_TRUE(loaded.contains(11) && loaded.contains(22));
  EXPECT_TRUE(loaded.pending().empty());

  remove_checkpoint(dir.path());
  EXPECT_FALSE(std::filesystem::exists(checkpoint_dir(dir.path())));
}

TEST(Checkpoint, RefusesOtherOptions) {
  ScratchDir dir;
  SeenSet seen;
  save_checkpoint(dir.path(), {"seed=1", 0, {}, nlohmann::json::object()}, seen);
  try {
    load_checkpoint(dir.path(), "seed=2", seen);
    FAIL() << "expected a refusal";
  } catch (const std::runtime_error& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("different options"), std::string::npos) << msg;
    EXPECT_NE(msg.find("seed=1"), std::string::npos) << msg;
    EXPECT_NE(msg.find("seed=2"), std::string::npos) << msg;
    EXPECT_NE(msg.find("--force"), std::string::npos) << msg;
  }
}

TEST(Checkpoint, DropsHashesWrittenAfterTheLastCheckpoint) {
  ScratchDir dir;
  SeenSet seen;
  seen.insert(1);
  save_checkpoint(dir.path(), {"fp", 1, {}, nlohmann::json::object()}, seen);
  seen.insert(2);
  save_checkpoint(dir.path(), {"fp", 2, {}, nlohmann::json::object()}, seen);
  // A save that crashed after appending to seen.bin but before replacing checkpoint.json:
  std::string bytes = slurp(checkpoint_dir(dir.path()) / "seen.bin");
  ASSERT_EQ(bytes.size(), 16u);
  bytes += std::string(8, '\x03');
  testing::spit(checkpoint_dir(dir.path()) / "seen.bin", bytes);

  SeenSet loaded;
  load_checkpoint(dir.path(), "fp", loaded);
  EXPECT_EQ(loaded.size(), 2u);
  EXPECT_TRUE(loaded.contains(1) && loaded.contains(2));
  EXPECT_EQ(std::filesystem::file_size(checkpoint_dir(dir.path()) / "seen.bin"), 16u);
  // The next save continues right after the committed keys.
  loaded.insert(9);
  save_checkpoint(dir.path(), {"fp", 3, {}, nlohmann::json::object()}, loaded);
  SeenSet again;
  load_checkpoint(dir.path(), "fp", again);
  EXPECT_EQ(again.size(), 3u);
  EXPECT_TRUE(again.contains(9));
}

TEST(Checkpoint, CorruptFilesAreReported) {
  ScratchDir dir;
  SeenSet seen;
  seen.insert(5);
  save_checkpoint(dir.path(), {"fp", 1, {}, nlohmann::json::object()}, seen);
  std::filesystem::resize_file(checkpoint_dir(dir.path()) / "seen.bin", 4);
  EXPECT_THROW(load_checkpoint(dir.path(), "fp", seen), std::runtime_error);
  testing::spit(checkpoint_dir(dir.path()) / "checkpoint.json", "{\"version\":1}");
  EXPECT_THROW(load_checkpoint(dir.path(), "fp", seen), std::runtime_error);
}

// ---- Crash and resume -------------------------------------------------------------------------
// A miniature `generate`: records i = 0..n-1 with structural duplicates, dedup, split assignment,
// commits with checkpoints, finish. `at` is told each step and may kill the process.

enum class Step { Added, Committed, Saved, Finished };

struct GenRun {
  std::filesystem::path dir;
  uint64_t n = 3000;
  bool resume = false;
  ShardFormat format = ShardFormat::JsonlZst;  // fake_line's {"index", "python"} is a record to Parquet too
  std::function<void(Step, uint64_t)> at = [](Step, uint64_t) {};
};

std::string struct_hash_of(uint64_t i) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>((i % 2500) * 0x9E3779B97F4A7C15ull));
  return buf;  // indices 2500 apart share a structure
}

std::vector<ShardInfo> generate(const GenRun& run) {
  const std::string fingerprint = "n=" + std::to_string(run.n);
  prepare_output_dir(run.dir, run.resume, false);
  SeenSet seen;
  Checkpoint cp{fingerprint, 0, {}, {{"written", 0}}};
  if (run.resume)
    cp = load_checkpoint(run.dir, fingerprint, seen);
  else
    save_checkpoint(run.dir, cp, seen);
  DatasetWriter writer({.dir = run.dir, .shard_bytes = 256 * 1024, .zstd_level = 3, .format = run.format}, cp.shards);
  uint64_t written = cp.counters.at("written");
  auto checkpoint = [&](const CommitState& state, uint64_t next) {
    save_checkpoint(run.dir, {fingerprint, next, state.shards, {{"written", written}}}, seen);
  };
  for (uint64_t i = cp.next_index; i < run.n; ++i) {
    const std::string hash = struct_hash_of(i);
    if (!seen.insert(std::stoull(hash, nullptr, 16))) continue;
    writer.add(assign_split(hash, SplitRatios::parse("0.8,0.1,0.1")), testing::fake_line(i, 300 + i % 1500));
    ++written;
    run.at(Step::Added, i);
    if (writer.should_commit()) {
      const CommitState state = writer.commit();
      run.at(Step::Committed, i);
      checkpoint(state, i + 1);
      run.at(Step::Saved, i);
    }
  }
  checkpoint(writer.commit(), run.n);
  std::vector<ShardInfo> shards = writer.finish();
  run.at(Step::Finished, run.n);
  EXPECT_EQ(written, 2500u);
  remove_checkpoint(run.dir);
  return shards;
}

// Runs `run` in a child process that SIGKILLs itself at `step` for index `index`.
void generate_and_die(GenRun run, Step step, uint64_t index) {
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    run.at = [&](Step s, uint64_t i) {
      if (s == step && i >= index) raise(SIGKILL);
    };
    generate(run);
    _exit(0);  // not reached: the step always comes
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "child status " << status;
}

// Every file of the finished dataset, name -> bytes.
std::map<std::string, std::string> snapshot(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[std::filesystem::relative(e.path(), dir).string()] = slurp(e.path());
  return files;
}

std::string kill_point_name(const ::testing::TestParamInfo<std::pair<Step, uint64_t>>& p) {
  static const char* steps[] = {"Added", "Committed", "Saved", "Finished"};
  return steps[static_cast<int>(p.param.first)] + std::to_string(p.param.second);
}

class CrashResume : public ::testing::TestWithParam<std::pair<Step, uint64_t>> {};

TEST_P(CrashResume, ResumedRunIsByteIdentical) {
  ScratchDir ref_dir, dir;
  const std::vector<ShardInfo> ref_shards = generate({ref_dir.path() / "out"});
  ASSERT_GT(ref_shards.size(), 6u);

  const GenRun run{dir.path() / "out"};
  generate_and_die(run, GetParam().first, GetParam().second);
  GenRun resumed = run;
  resumed.resume = true;
  const std::vector<ShardInfo> shards = generate(resumed);

  EXPECT_EQ(nlohmann::json(shards), nlohmann::json(ref_shards));
  EXPECT_EQ(snapshot(run.dir), snapshot(ref_dir.path() / "out"));
}

INSTANTIATE_TEST_SUITE_P(
    KillPoints, CrashResume,
    ::testing::Values(std::pair{Step::Added, 0},         // before the first commit: only the initial checkpoint
                      std::pair{Step::Added, 1234},      // mid-shard: .tmp files left behind
                      std::pair{Step::Committed, 1500},  // shards committed, checkpoint not yet saved
                      std::pair{Step::Saved, 1500},      // right after a checkpoint
                      std::pair{Step::Finished, 0}),     // after the final renames, checkpoint still there
    kill_point_name);

// The same for Parquet shards: each is a complete file at its commit, so a resumed run rewrites the
// lost ones byte for byte.
class ParquetCrashResume : public ::testing::TestWithParam<std::pair<Step, uint64_t>> {};

TEST_P(ParquetCrashResume, ResumedRunIsByteIdentical) {
  if (!parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  ScratchDir ref_dir, dir;
  const std::vector<ShardInfo> ref_shards = generate({.dir = ref_dir.path() / "out", .format = ShardFormat::Parquet});
  ASSERT_GT(ref_shards.size(), 6u);
  EXPECT_TRUE(ref_shards[0].file.ends_with(".parquet")) << ref_shards[0].file;

  const GenRun run{.dir = dir.path() / "out", .format = ShardFormat::Parquet};
  generate_and_die(run, GetParam().first, GetParam().second);
  GenRun resumed = run;
  resumed.resume = true;
  EXPECT_EQ(nlohmann::json(generate(resumed)), nlohmann::json(ref_shards));
  EXPECT_EQ(snapshot(run.dir), snapshot(ref_dir.path() / "out"));
}

INSTANTIATE_TEST_SUITE_P(KillPoints, ParquetCrashResume,
                         ::testing::Values(std::pair{Step::Added, 1234}, std::pair{Step::Committed, 1500},
                                           std::pair{Step::Finished, 0}),
                         kill_point_name);

TEST(CrashResume, TwoCrashesInARow) {
  ScratchDir ref_dir, dir;
  const std::vector<ShardInfo> ref_shards = generate({ref_dir.path() / "out"});
  GenRun run{dir.path() / "out"};
  generate_and_die(run, Step::Added, 700);
  run.resume = true;
  generate_and_die(run, Step::Committed, 2000);
  EXPECT_EQ(nlohmann::json(generate(run)), nlohmann::json(ref_shards));
  EXPECT_EQ(snapshot(run.dir), snapshot(ref_dir.path() / "out"));
}

// finish() was killed halfway through its renames: some committed shards already carry final names
// (with a shard count that the resumed run may change).
TEST(CrashResume, HalfRenamedShards) {
  ScratchDir ref_dir, dir;
  const std::vector<ShardInfo> ref_shards = generate({ref_dir.path() / "out"});
  GenRun run{dir.path() / "out"};
  generate_and_die(run, Step::Saved, 1500);
  std::filesystem::rename(run.dir / "data/.train-00000.jsonl.zst", run.dir / "data/train-00000-of-00003.jsonl.zst");
  std::filesystem::rename(run.dir / "data/.test-00001.jsonl.zst", run.dir / "data/test-00001-of-00002.jsonl.zst");
  run.resume = true;
  EXPECT_EQ(nlohmann::json(generate(run)), nlohmann::json(ref_shards));
  EXPECT_EQ(snapshot(run.dir), snapshot(ref_dir.path() / "out"));
}

TEST(CrashResume, MissingCommittedShardIsAnError) {
  ScratchDir dir;
  GenRun run{dir.path() / "out"};
  generate_and_die(run, Step::Saved, 1500);
  SeenSet seen;
  const Checkpoint cp = load_checkpoint(run.dir, "n=3000", seen);
  ASSERT_FALSE(cp.shards.empty());
  std::filesystem::remove(run.dir / cp.shards.back().file);
  try {
    DatasetWriter writer({run.dir, 256 * 1024, 3}, cp.shards);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(cp.shards.back().file), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("missing"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ws::dataset
