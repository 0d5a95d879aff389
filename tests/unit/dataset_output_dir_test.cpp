#include <gtest/gtest.h>

#include <string>

#include "dataset/checkpoint.h"
#include "dataset/output_dir.h"
#include "dataset/shard_writer.h"
#include "dataset_test_util.h"

namespace ws::dataset {
namespace {

using testing::list_dir;
using testing::ScratchDir;
using testing::spit;

std::string error_of(const std::filesystem::path& dir, bool resume, bool force) {
  try {
    prepare_output_dir(dir, resume, force);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

// What a finished or interrupted run leaves behind.
void fill_like_a_run(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir / "data");
  spit(dir / "data/train-00000-of-00001.jsonl.zst", "x");
  SeenSet seen;
  save_checkpoint(dir, {"fp", 0, {}, nlohmann::json::object()}, seen);
  spit(dir / "manifest.json", "{}");
  spit(dir / "README.md", "card");
  spit(dir / "README.md.tmp", "half a card");
}

TEST(OutputDir, CreatesAMissingDirectory) {
  ScratchDir tmp;
  const auto dir = tmp.path() / "a" / "b";
  EXPECT_EQ(error_of(dir, false, false), "");
  EXPECT_TRUE(std::filesystem::is_directory(dir));
  EXPECT_EQ(error_of(dir, false, false), "");  // empty: fine
}

TEST(OutputDir, NonEmptyNeedsAFlag) {
  ScratchDir tmp;
  fill_like_a_run(tmp.path());
  const std::string msg = error_of(tmp.path(), false, false);
  EXPECT_NE(msg.find("is not empty"), std::string::npos) << msg;
  EXPECT_NE(msg.find("--resume"), std::string::npos) << msg;
  EXPECT_NE(msg.find("--force"), std::string::npos) << msg;
  EXPECT_NE(msg.find(tmp.path().string()), std::string::npos) << msg;
}

TEST(OutputDir, ForceDeletesOnlyWhatWarpsynthWrote) {
  ScratchDir tmp;
  fill_like_a_run(tmp.path());
  EXPECT_EQ(error_of(tmp.path(), false, true), "");
  EXPECT_TRUE(std::filesystem::is_directory(tmp.path()));
  EXPECT_TRUE(list_dir(tmp.path()).empty());
}

TEST(OutputDir, ForceRefusesForeignFilesAndDeletesNothing) {
  ScratchDir tmp;
  fill_like_a_run(tmp.path());
  spit(tmp.path() / "thesis.tex", "precious");
  const auto before = list_dir(tmp.path());
  const std::string msg = error_of(tmp.path(), false, true);
  EXPECT_NE(msg.find("thesis.tex"), std::string::npos) << msg;
  EXPECT_NE(msg.find("refusing"), std::string::npos) << msg;
  EXPECT_EQ(list_dir(tmp.path()), before);
  EXPECT_TRUE(std::filesystem::exists(tmp.path() / "data/train-00000-of-00001.jsonl.zst"));
}

TEST(OutputDir, ResumeNeedsACheckpointAndKeepsEverything) {
  ScratchDir tmp;
  const std::string missing = error_of(tmp.path() / "nope", true, false);
  EXPECT_NE(missing.find("no checkpoint"), std::string::npos) << missing;
  EXPECT_NE(missing.find("without --resume"), std::string::npos) << missing;
  spit(tmp.path() / "README.md", "card");
  EXPECT_NE(error_of(tmp.path(), true, false).find("no checkpoint"), std::string::npos);

  fill_like_a_run(tmp.path());
  const auto before = list_dir(tmp.path());
  EXPECT_EQ(error_of(tmp.path(), true, false), "");
  EXPECT_EQ(list_dir(tmp.path()), before);
}

TEST(OutputDir, RefusesADirectoryBeingWritten) {
  ScratchDir tmp;
  fill_like_a_run(tmp.path());
  const auto before = list_dir(tmp.path());
  DatasetWriter running({tmp.path()}, {});
  for (bool resume : {false, true}) {
    const std::string msg = error_of(tmp.path(), resume, !resume);
    EXPECT_NE(msg.find("in use by another warpsynth process"), std::string::npos) << msg;
  }
  EXPECT_EQ(list_dir(tmp.path()), before);
}

TEST(OutputDir, RejectsBadCombinations) {
  ScratchDir tmp;
  EXPECT_NE(error_of(tmp.path(), true, true).find("cannot be used together"), std::string::npos);
  spit(tmp.path() / "file", "x");
  EXPECT_NE(error_of(tmp.path() / "file", false, true).find("not a directory"), std::string::npos);
}

}  // namespace
}  // namespace ws::dataset
