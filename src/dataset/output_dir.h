// What `generate` may do with its output directory. Generating into a non-empty directory by accident
// would mix two datasets or delete someone's files, so it takes an explicit --resume or --force, and
// --force deletes only what warpsynth itself writes.
#pragma once

#include <filesystem>

namespace ws::dataset {

// - missing or empty DIR: created; fine unless `resume` (nothing to resume).
// - non-empty DIR, neither flag: error naming both flags.
// - `resume`: DIR must hold a checkpoint (DIR/.warpsynth/checkpoint.json); nothing is deleted here,
//   DatasetWriter cleans up uncommitted shards.
// - `force`: deletes DIR/data, DIR/.warpsynth, DIR/manifest.json and DIR/README.md (and their
//   leftover .tmp files), but refuses, deleting nothing, if DIR holds anything else.
// - a DIR whose data/ a running DatasetWriter holds: error, whatever the flags.
// Throws std::runtime_error with a message meant for the user.
void prepare_output_dir(const std::filesystem::path& dir, bool resume, bool force);

}  // namespace ws::dataset
