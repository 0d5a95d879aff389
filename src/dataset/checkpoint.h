// Crash safety: after every DatasetWriter::commit() the caller saves a checkpoint, and a run killed at
// any moment (SIGKILL included) resumes from the last one and ends byte-identical to an uninterrupted
// run. It lives in DIR/.warpsynth/: checkpoint.json, replaced atomically, and seen.bin, the dedup keys
// as 8-byte little-endian values, appended at each save; the checkpoint records how many of them are
// committed, so keys written after it (by a save that crashed) are cut off on resume.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dataset/seen_set.h"
#include "dataset/shard_info.h"

namespace ws::dataset {

struct Checkpoint {
  // Identifies the options that shape the output (seed, presets, counts, ratios, shard size...),
  // built by the caller. A resume with a different fingerprint is refused.
  std::string fingerprint;
  uint64_t next_index = 0;                             // first generation index not yet reflected in committed shards
  std::vector<ShardInfo> shards;                       // CommitState::shards of the commit this checkpoint follows
  nlohmann::json counters = nlohmann::json::object();  // the caller's, restored as saved
};

// DIR/.warpsynth, where the checkpoint files live.
std::filesystem::path checkpoint_dir(const std::filesystem::path& dir);

bool has_checkpoint(const std::filesystem::path& dir);

// Appends seen.pending() to seen.bin and fsyncs it, then atomically replaces checkpoint.json, then
// clears seen.pending(). Save once before the first record too, so that a run killed before its
// first commit can still be resumed. `name` replaces checkpoint.json for callers that keep two
// checkpoints over one seen.bin (an MPI rank, which may have to go back one window: generate_mpi.h).
void save_checkpoint(const std::filesystem::path& dir, const Checkpoint& checkpoint, SeenSet& seen,
                     std::string_view name = "checkpoint.json");

// Deletes DIR/.warpsynth once the dataset is complete (after the manifest and card are written):
// a finished directory holds only the dataset.
void remove_checkpoint(const std::filesystem::path& dir);

// Reads the checkpoint, refusing (std::runtime_error) one saved with another fingerprint, truncates
// seen.bin to its committed length and adds those keys to `seen`.
Checkpoint load_checkpoint(const std::filesystem::path& dir, std::string_view fingerprint, SeenSet& seen,
                           std::string_view name = "checkpoint.json");

}  // namespace ws::dataset
