#include <gtest/gtest.h>
#include <unistd.h>
#include <zstd.h>

#include <map>
#include <stdexcept>
#include <string>

#include "dataset/shard_writer.h"
#include "dataset_test_util.h"

namespace ws::dataset {
namespace {

using testing::decompress;
using testing::fake_line;
using testing::list_dir;
using testing::ScratchDir;
using testing::slurp;

Split split_of(uint64_t i) {
  return i % 10 == 3 ? Split::Validation : i % 10 == 7 ? Split::Test : Split::Train;
}

// Writes `n` lines of varying size the way `generate` does, returning the lines per split.
std::map<Split, std::vector<std::string>> write_lines(DatasetWriter& w, uint64_t n) {
  std::map<Split, std::vector<std::string>> lines;
  for (uint64_t i = 0; i < n; ++i) {
    const std::string line = fake_line(i, 200 + (i * 7919) % 3000);
    w.add(split_of(i), line);
    lines[split_of(i)].push_back(line);
    if (w.should_commit()) w.commit();
  }
  return lines;
}

TEST(DatasetWriter, RoundTripsLinesIntoNamedBoundedShards) {
  ScratchDir dir;
  const uint64_t shard_bytes = 64 * 1024;
  DatasetWriter w({dir.path(), shard_bytes, 3});
  const auto lines = write_lines(w, 600);
  const std::vector<ShardInfo> shards = w.finish();

  std::map<Split, std::vector<std::string>> read;
  std::map<Split, uint32_t> count;
  for (const ShardInfo& s : shards) ++count[s.split];
  std::vector<std::string> expected_files;
  for (size_t k = 0; k < shards.size(); ++k) {
    const ShardInfo& s = shards[k];
    if (k > 0) {  // ordered by split, then index
      ASSERT_TRUE(shards[k - 1].split < s.split ||
                  (shards[k - 1].split == s.split && shards[k - 1].index + 1 == s.index));
    }
    char name[64];
    std::snprintf(name, sizeof name, "data/%s-%05u-of-%05u.jsonl.zst", split_name(s.split), s.index, count[s.split]);
    EXPECT_EQ(s.file, name);
    expected_files.push_back(s.file.substr(5));
    const std::string compressed = slurp(dir.path() / s.file);
    EXPECT_EQ(s.bytes, compressed.size());
    EXPECT_EQ(s.sha256, testing::sha256_hex(compressed));
    // One frame per shard: readers that stop after the first frame still see everything.
    EXPECT_EQ(ZSTD_findFrameCompressedSize(compressed.data(), compressed.size()), compressed.size());
    const std::string text = decompress(compressed);
    EXPECT_EQ(s.uncompressed_bytes, text.size());
    EXPECT_LE(text.size(), shard_bytes + 3200);  // the bound, overshot by at most one line
    const auto shard_lines = testing::split_lines(text);
    EXPECT_EQ(s.records, shard_lines.size());
    read[s.split].insert(read[s.split].end(), shard_lines.begin(), shard_lines.end());
  }
  EXPECT_EQ(read, lines);
  EXPECT_GT(count[Split::Train], 3u);
  EXPECT_EQ(count[Split::Train], count[Split::Test]);  // every commit closes every split's shard
  std::sort(expected_files.begin(), expected_files.end());
  EXPECT_EQ(list_dir(dir.path() / "data"), expected_files);  // no temp or intermediate names left
}

TEST(DatasetWriter, CommitMakesCompleteHiddenShards) {
  ScratchDir dir;
  DatasetWriter w({dir.path(), 1 << 20, 3});
  w.add(Split::Train, "{\"a\":1}\n");
  w.add(Split::Test, "{\"a\":2}\n");
  EXPECT_FALSE(w.should_commit());
  EXPECT_EQ(list_dir(dir.path() / "data"),
            (std::vector<std::string>{".test-00000.jsonl.zst.tmp", ".train-00000.jsonl.zst.tmp"}));
  const CommitState state = w.commit();
  ASSERT_EQ(state.shards.size(), 2u);
  EXPECT_EQ(state.shards[0].file, "data/.train-00000.jsonl.zst");
  EXPECT_EQ(state.shards[1].file, "data/.test-00000.jsonl.zst");
  EXPECT_EQ(decompress(slurp(dir.path() / state.shards[1].file)), "{\"a\":2}\n");
  EXPECT_EQ(list_dir(dir.path() / "data"),
            (std::vector<std::string>{".test-00000.jsonl.zst", ".train-00000.jsonl.zst"}));
  // A split with nothing new gets no shard; a commit with nothing open adds nothing.
  w.add(Split::Train, "{\"a\":3}\n");
  EXPECT_EQ(w.commit().shards.size(), 3u);
  EXPECT_EQ(w.commit().shards.size(), 3u);
  const auto shards = w.finish();
  ASSERT_EQ(shards.size(), 3u);
  EXPECT_EQ(shards[0].file, "data/train-00000-of-00002.jsonl.zst");
  EXPECT_EQ(shards[1].file, "data/train-00001-of-00002.jsonl.zst");
  EXPECT_EQ(shards[2].file, "data/test-00000-of-00001.jsonl.zst");
  EXPECT_THROW(w.add(Split::Train, "{}\n"), std::logic_error);
}

// zstd's own threads free the caller's thread; their output must not depend on how many there are,
// or a resumed run on another machine would differ.
TEST(DatasetWriter, ThreadedCompressionIsDeterministic) {
  std::map<int, std::string> bytes;
  for (int workers : {1, 2}) {
    ScratchDir dir;
    DatasetWriter w({dir.path(), 1 << 20, 3, workers});
    std::string expected;
    for (uint64_t i = 0; i < 800; ++i) {
      const std::string line = fake_line(i, 5000 + i % 3000);
      w.add(Split::Train, line);
      expected += line;
    }
    const auto shards = w.finish();
    ASSERT_EQ(shards.size(), 1u);
    bytes[workers] = slurp(dir.path() / shards[0].file);
    EXPECT_EQ(decompress(bytes[workers]), expected);
  }
  EXPECT_EQ(bytes[1], bytes[2]);
}

TEST(DatasetWriter, EmptyRunWritesNoShards) {
  ScratchDir dir;
  DatasetWriter w({dir.path(), 1 << 20, 3});
  EXPECT_TRUE(w.finish().empty());
  EXPECT_TRUE(list_dir(dir.path() / "data").empty());
}

TEST(DatasetWriter, RejectsALineWithoutNewline) {
  ScratchDir dir;
  DatasetWriter w({dir.path(), 1 << 20, 3});
  EXPECT_THROW(w.add(Split::Train, "{}"), std::invalid_argument);
  EXPECT_THROW(w.add(Split::Train, ""), std::invalid_argument);
}

TEST(DatasetWriter, AbandonedWriterRemovesItsTempFiles) {
  ScratchDir dir;
  {
    DatasetWriter w({dir.path(), 1 << 20, 3});
    w.add(Split::Train, "{\"a\":1}\n");
    w.commit();
    w.add(Split::Train, "{\"a\":2}\n");
  }
  EXPECT_EQ(list_dir(dir.path() / "data"), (std::vector<std::string>{".train-00000.jsonl.zst"}));
}

TEST(DatasetWriter, OneWriterPerDirectory) {
  ScratchDir dir;
  {
    DatasetWriter first({dir.path()});
    try {
      DatasetWriter second({dir.path()});
      FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()), (dir.path() / "data").string() + " is in use by another warpsynth process");
    }
  }
  DatasetWriter after({dir.path()});  // released with the first writer
}

TEST(DatasetWriter, UnwritableDirectoryNamesThePath) {
  ScratchDir dir;
  testing::spit(dir.path() / "file", "x");
  const std::filesystem::path out = dir.path() / "file" / "out";  // ENOTDIR, even for root
  try {
    DatasetWriter w({out, 1 << 20, 3});
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(out.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("Not a directory"), std::string::npos) << e.what();
  }
}

// A full disk in the middle of a shard: the error names the shard and says why, and the shard
// committed before it survives untouched. /dev/full stands in for the disk (no root mount needed).
TEST(DatasetWriter, FullDiskKeepsCommittedShards) {
  ScratchDir dir;
  DatasetWriter w({dir.path(), 1 << 30, 3});
  w.add(Split::Train, "{\"a\":1}\n");
  const ShardInfo committed = w.commit().shards.at(0);
  const std::string before = slurp(dir.path() / committed.file);
  const std::filesystem::path next = dir.path() / "data/.train-00001.jsonl.zst.tmp";
  std::filesystem::create_symlink("/dev/full", next);
  try {
    for (uint64_t i = 0; i < 100000; ++i) w.add(Split::Train, fake_line(i, 4000));
    w.commit();
    FAIL() << "expected ENOSPC";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(next.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("No space left on device"), std::string::npos) << e.what();
  }
  EXPECT_EQ(slurp(dir.path() / committed.file), before);
}

}  // namespace
}  // namespace ws::dataset
