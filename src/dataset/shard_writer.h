// Streams JSON lines into size-bounded shards (jsonl.zst or Parquet), one open shard per split, and makes
// them durable only at commit points the caller chooses, so that a checkpoint saved right after a
// commit describes a consistent set of complete shards for all splits together. See
// docs/dataset-format.md for the layout and the resume protocol.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "dataset/file_io.h"
#include "dataset/shard_format.h"
#include "dataset/shard_info.h"
#include "dataset/split.h"

namespace ws::dataset {

// What a commit made durable; the caller saves it in its checkpoint.
struct CommitState {
  std::vector<ShardInfo> shards;  // every committed shard, including those of the run being resumed
};

class DatasetWriter {
 public:
  struct Options {
    std::filesystem::path dir;  // the output dir; shards go to dir/data
    // Uncompressed JSON-line bytes across all splits' open shards that make should_commit() true (in
    // either format, so both cut the same records into the same shards). A shard can exceed it by at
    // most its last line.
    uint64_t shard_bytes = uint64_t{256} << 20;
    int zstd_level = 3;  // of the jsonl.zst frame, or of Parquet's column chunks
    // jsonl.zst only. 0: compress on the calling thread. N >= 1: zstd compresses on N threads of its
    // own and the caller's thread only hands lines over. The bytes differ between 0 and >= 1 but not
    // among values >= 1, so a resumed run must make the same choice (put `zstd_workers > 0` in the
    // fingerprint).
    int zstd_workers = 0;
    // Parquet needs a build with it (parquet_built_in()); the constructor throws otherwise. A resumed
    // run must use the format it started with: put format_name() in the fingerprint.
    ShardFormat format = ShardFormat::JsonlZst;
    // The records carry extract's provenance (record.h, Provenance): Parquet's schema has its columns.
    bool provenance = false;
  };

  // `committed` is the shard list of the checkpoint being resumed, or empty for a new run. Those
  // shards are kept (and renamed back to their committed names if a crash hit finish()), numbering
  // continues after them, and every other shard file under dir/data (uncommitted .tmp files, shards
  // committed after the checkpoint was saved) is deleted: the resumed run writes them again.
  // Throws std::runtime_error if a committed shard is missing or its size differs from the record,
  // or if another writer (in any process) has dir/data open.
  explicit DatasetWriter(Options opts, std::vector<ShardInfo> committed = {});
  ~DatasetWriter();  // deletes the temp files of shards never committed
  DatasetWriter(const DatasetWriter&) = delete;
  DatasetWriter& operator=(const DatasetWriter&) = delete;

  // Appends one JSON line (ending in '\n') to the split's open shard, opening one if needed. Lines
  // must come in a deterministic order for a resumed run to reproduce an uninterrupted one.
  void add(Split split, std::string_view json_line);

  // True once the open shards hold shard_bytes of uncompressed lines: time to commit.
  bool should_commit() const { return open_bytes_ >= opts_.shard_bytes; }

  // Completes every open shard (zstd end frame or Parquet footer, fsync, rename to its committed name) and syncs
  // dir/data. A split with no lines since the last commit gets no shard.
  CommitState commit();

  // Commits, then gives every shard its final name {split}-NNNNN-of-MMMMM.{jsonl.zst,parquet}. Returns all
  // shards ordered by split, then index. The writer accepts no more lines afterwards.
  std::vector<ShardInfo> finish();

  // After an I/O error (std::runtime_error naming the path and the reason) the writer must only be
  // destroyed; shards committed before the error are left intact.

 private:
  struct OpenShard;

  // The constructor's work on `committed`: rename, check, delete the rest.
  void adopt_committed(const std::filesystem::path& data);
  void open_shard(Split split, OpenShard& shard);
  void close_shard(Split split, OpenShard& shard);

  Options opts_;
  File lock_;  // on dir/data: two writers (say, two --resume runs) would destroy each other's shards
  std::vector<ShardInfo> committed_;
  std::array<uint32_t, kSplits.size()> next_index_{};  // per split
  std::array<std::unique_ptr<OpenShard>, kSplits.size()> open_;
  uint64_t open_bytes_ = 0;
  bool finished_ = false;
};

}  // namespace ws::dataset
