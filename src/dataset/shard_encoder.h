// How one shard's records become file bytes, per format. DatasetWriter owns the shard's life (temp
// name, commit, rename, checkpoint); an encoder only turns JSON lines into the format's bytes and hands
// them to a ShardSink, which writes, counts and checksums them the same way for every format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/sha256.h"
#include "dataset/file_io.h"
#include "dataset/shard_format.h"

namespace ws::dataset {

// The shard file being written: every byte goes through write(), so the size and sha256 the manifest
// records are those of the file.
class ShardSink {
 public:
  void open(const std::filesystem::path& path);  // creates or truncates; resets the size and the digest
  void write(const void* data, size_t size);
  uint64_t bytes() const { return bytes_; }
  File& file() { return file_; }
  const std::filesystem::path& path() const { return file_.path(); }
  std::string finish_sha256();  // lowercase hex of everything written since open()

 private:
  File file_;
  Sha256 sha_;
  uint64_t bytes_ = 0;
};

class ShardEncoder {
 public:
  virtual ~ShardEncoder() = default;
  // A new shard into `sink`, which is open and empty and outlives the shard.
  virtual void begin(ShardSink& sink) = 0;
  // One record: a JSON line ending in '\n', in record.cpp's field order.
  virtual void add(std::string_view json_line) = 0;
  // Writes what the format still holds (zstd's end of frame; Parquet's last row group and footer).
  virtual void end() = 0;
};

// `zstd_level` is the level of the zstd frame or of the Parquet column chunks. `zstd_workers` (jsonl.zst
// only): 0 compresses on the calling thread, N >= 1 on N threads of zstd's own (different bytes, see
// DatasetWriter::Options). `provenance`: the records are extract's, whose provenance fields are columns
// of a Parquet shard's schema (jsonl.zst lines need no schema). Throws std::invalid_argument for
// Parquet in a build without it.
std::unique_ptr<ShardEncoder> make_shard_encoder(ShardFormat format, int zstd_level, int zstd_workers, bool provenance);

}  // namespace ws::dataset
