#include <fcntl.h>
#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <string>

#include "dataset/file_io.h"
#include "dataset_test_util.h"

namespace ws::dataset {
namespace {

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(FileIo, FullDiskErrorNamesPathAndReason) {
  File f("/dev/full", O_WRONLY);
  const std::string data(1 << 16, 'x');
  const std::string msg = error_of([&] { f.write_all(data.data(), data.size()); });
  EXPECT_EQ(msg, "cannot write /dev/full: " + std::string(std::strerror(ENOSPC)));
}

TEST(FileIo, OpenErrorNamesPath) {
  const std::string msg = error_of([] { File f("/nonexistent-dir/x", O_WRONLY | O_CREAT); });
  EXPECT_EQ(msg, "cannot open /nonexistent-dir/x: No such file or directory");
}

TEST(FileIo, WriteFileAtomicReplacesWholeFile) {
  testing::ScratchDir dir;
  const auto p = dir.path() / "f.json";
  write_file_atomic(p, "first version, longer\n");
  write_file_atomic(p, "second\n");
  EXPECT_EQ(read_file(p), "second\n");
  EXPECT_EQ(testing::list_dir(dir.path()), (std::vector<std::string>{"f.json"}));
}

TEST(FileIo, WriteFileAtomicLeavesNoTempOnError) {
  testing::ScratchDir dir;
  const auto p = dir.path() / "f.json";
  std::filesystem::create_directory(p);  // the rename over a directory fails
  EXPECT_NE(error_of([&] { write_file_atomic(p, "x"); }).find(p.string()), std::string::npos);
  EXPECT_EQ(testing::list_dir(dir.path()), (std::vector<std::string>{"f.json"}));
}

TEST(FileIo, ReadPositionedAndTruncate) {
  testing::ScratchDir dir;
  File f(dir.path() / "b", O_RDWR | O_CREAT);
  f.write_all("abcdef", 6);
  f.pwrite_all("XY", 2, 1);
  char buf[3] = {};
  f.read_all(buf, 3, 0);
  EXPECT_EQ(std::string(buf, 3), "aXY");
  f.truncate(2);
  EXPECT_EQ(f.size(), 2u);
  EXPECT_THROW(f.read_all(buf, 3, 0), std::runtime_error);
  f.close();
  EXPECT_FALSE(f.is_open());
}

}  // namespace
}  // namespace ws::dataset
