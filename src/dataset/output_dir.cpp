#include "dataset/output_dir.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include "dataset/checkpoint.h"
#include "dataset/file_io.h"

namespace ws::dataset {
namespace {

// Everything warpsynth writes at the top of DIR, with the temp names of the atomically written files.
constexpr std::array<std::string_view, 6> kOwnedNames = {"data",      ".warpsynth",        "manifest.json",
                                                         "README.md", "manifest.json.tmp", "README.md.tmp"};

std::vector<std::filesystem::path> entries(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) out.push_back(entry.path());
  if (ec) throw std::runtime_error("cannot list " + dir.string() + ": " + ec.message());
  return out;
}

}  // namespace

void prepare_output_dir(const std::filesystem::path& dir, bool resume, bool force) {
  const std::string shown = dir.string();
  if (resume && force) throw std::runtime_error("--resume and --force cannot be used together");
  std::error_code ec;
  const bool exists = std::filesystem::exists(dir, ec);
  if (ec) throw std::runtime_error("cannot access " + shown + ": " + ec.message());
  if (exists && !std::filesystem::is_directory(dir))
    throw std::runtime_error("output path " + shown + " exists and is not a directory");

  // A run still writing here holds this lock (see DatasetWriter): neither resume nor delete under it.
  File lock;
  if (exists && std::filesystem::is_directory(dir / "data")) lock = lock_dir(dir / "data");

  if (resume) {
    if (!has_checkpoint(dir))
      throw std::runtime_error("cannot resume: " + shown + " has no checkpoint (" +
                               (checkpoint_dir(dir) / "checkpoint.json").string() +
                               "); run without --resume to start a new dataset");
    return;
  }
  if (!exists) {
    make_dirs(dir);
    return;
  }
  const std::vector<std::filesystem::path> found = entries(dir);
  if (found.empty()) return;
  if (!force)
    throw std::runtime_error("output directory " + shown +
                             " is not empty; pass --resume to continue an interrupted run in it, or --force to "
                             "delete the dataset in it and start over");
  for (const std::filesystem::path& p : found) {
    const std::string name = p.filename().string();
    if (std::find(kOwnedNames.begin(), kOwnedNames.end(), name) == kOwnedNames.end())
      throw std::runtime_error("refusing to --force " + shown + ": it contains " + name +
                               ", which warpsynth did not write; choose an empty or new output directory");
  }
  for (const std::filesystem::path& p : found) {
    std::filesystem::remove_all(p, ec);
    if (ec) throw std::runtime_error("cannot delete " + p.string() + ": " + ec.message());
  }
}

}  // namespace ws::dataset
