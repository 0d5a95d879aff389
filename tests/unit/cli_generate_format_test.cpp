// `generate --format`: bad values are refused before anything is written; a Parquet dataset holds the
// records of the jsonl.zst dataset of the same seed, in the same shards, read back through the same
// reader; its card names the .parquet files; `stats` reads it; and a resume with another format than
// the run started with is refused. `extract --out --format` likewise. (pyarrow and `datasets` read
// Parquet shards in tests/parquet/.)
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>

#include "dataset/shard_format.h"
#include "reference/test_support.h"

namespace ws::testing {
namespace {

std::string generate(const std::filesystem::path& out, const std::string& flags) {
  return cli() + " generate --quiet --ir none --out " + out.string() + " " + flags;
}

TEST(GenerateFormat, BadValuesAreRefusedNamingTheFlag) {
  const auto dir = temp_dir("format_bad");
  for (const char* bad : {"csv", "json", "jsonl", "Parquet", "''"}) {
    const RunResult r = run(generate(dir, "--count 5 --format " + std::string(bad)));
    EXPECT_NE(r.exit_code, 0) << bad;
    EXPECT_NE(r.err.find("--format"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("expected jsonl.zst or parquet"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "data")) << bad;
  }
  if (!dataset::parquet_built_in()) {
    const RunResult r = run(generate(dir, "--count 5 --format parquet"));
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("built without Parquet"), std::string::npos) << r.err;
  }
  std::filesystem::remove_all(dir);
}

TEST(GenerateFormat, ParquetDatasetHoldsTheJsonlRecordsInTheSameShards) {
  if (!dataset::parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  const auto jsonl = temp_dir("format_jsonl"), parquet = temp_dir("format_parquet"),
             parquet1 = temp_dir("format_parquet1");
  const std::string flags = "--count 3000 --seed " + std::to_string(test_seed()) + " --shard-mb 1";
  RunResult r = run(generate(jsonl, flags + " --jobs 2"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run(generate(parquet, flags + " --jobs 2 --format parquet"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run(generate(parquet1, flags + " --jobs 1 --format parquet"));
  ASSERT_EQ(r.exit_code, 0) << r.err;

  // Any thread count: the same bytes.
  for (const auto& s : dataset::list_shards(parquet))
    EXPECT_EQ(read_file(s), read_file(parquet1 / "data" / s.filename())) << s;

  // Same records, byte for byte once read back, in the same shards (names differ by suffix only).
  EXPECT_EQ(first_mismatch(dataset_text(jsonl), dataset_text(parquet)), "");
  const auto shards = dataset::list_shards(parquet);
  ASSERT_EQ(shards.size(), dataset::list_shards(jsonl).size());
  ASSERT_GT(shards.size(), 3u);
  for (const auto& s : shards) EXPECT_TRUE(s.filename().string().ends_with(".parquet")) << s;

  const std::string card = read_file(parquet / "README.md");
  EXPECT_NE(card.find("path: data/train-*.parquet"), std::string::npos) << card;
  EXPECT_EQ(card.find(".jsonl.zst"), std::string::npos) << card;
  const nlohmann::json manifest = nlohmann::json::parse(read_file(parquet / "manifest.json"));
  EXPECT_EQ(manifest.at("options").at("format"), "parquet");
  EXPECT_TRUE(manifest.at("shards").at(0).at("file").get<std::string>().ends_with(".parquet"));

  // stats reads both alike.
  const RunResult a = run(cli() + " stats " + jsonl.string()), b = run(cli() + " stats " + parquet.string());
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_EQ(a.out, b.out);
  for (const auto& d : {jsonl, parquet, parquet1}) std::filesystem::remove_all(d);
}

// extract: --format needs --out and a known value; its Parquet dataset holds the jsonl.zst one's records.
TEST(ExtractFormat, ParquetDatasetHoldsTheJsonlRecords) {
  const auto jsonl = temp_dir("extract_jsonl"), parquet = temp_dir("extract_parquet");
  const std::string extract = cli() + " extract --backend native " + tests_dir() + "/native_cases ";
  RunResult r = run(extract + "--format parquet");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("--format requires --out"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  r = run(extract + "--out " + parquet.string() + " --format csv");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("expected jsonl.zst or parquet"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(parquet));
  if (!dataset::parquet_built_in()) GTEST_SKIP() << "built without Parquet";

  // Only the cases native reproduces: the others would need real Warp.
  std::string files;
  for (const char* c : {"vectors.py", "matrices.py", "structs_nested.py", "branches_and_loops.py"})
    files += tests_dir() + "/native_cases/" + c + " ";
  const std::string native = cli() + " extract --backend native " + files + "--out ";
  r = run(native + jsonl.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run(native + parquet.string() + " --format parquet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = dataset_text(jsonl);
  EXPECT_EQ(first_mismatch(lines, dataset_text(parquet)), "");
  size_t records = 0;
  for (const auto& [shard, text] : lines) {
    EXPECT_NE(text.find("\"source_path\":"), std::string::npos) << shard;
    records += static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  }
  EXPECT_GE(records, 4u);
  const nlohmann::json manifest = nlohmann::json::parse(read_file(parquet / "manifest.json"));
  EXPECT_EQ(manifest.at("options").at("format"), "parquet");
  EXPECT_NE(read_file(parquet / "README.md").find("path: data/train-*.parquet"), std::string::npos);
  for (const auto& d : {jsonl, parquet}) std::filesystem::remove_all(d);
}

TEST(GenerateFormat, ResumeWithAnotherFormatIsRefused) {
  if (!dataset::parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  const auto dir = temp_dir("format_resume");
  const std::string flags = "--count 100000000 --seed 3 --jobs 2";
  // A run killed while it writes leaves a checkpoint (one is saved before the first record).
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + generate(dir, flags)).c_str(), nullptr);
    _exit(127);
  }
  for (int i = 0; i < 200 && !std::filesystem::exists(dir / ".warpsynth" / "checkpoint.json"); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  ASSERT_TRUE(std::filesystem::exists(dir / ".warpsynth" / "checkpoint.json"));

  const RunResult r = run(generate(dir, flags + " --resume --format parquet"));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("different options"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\"format\":\"jsonl.zst\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\"format\":\"parquet\""), std::string::npos) << r.err;
  for (const auto& e : std::filesystem::directory_iterator(dir / "data"))
    EXPECT_FALSE(e.path().string().ends_with(".parquet")) << e.path();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ws::testing
