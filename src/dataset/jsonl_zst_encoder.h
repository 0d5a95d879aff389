// jsonl.zst shards: one zstd frame (with its content checksum) of the records' JSON lines, compressed as
// they arrive, the compressed bytes handed to the sink in 1 MiB chunks.
#pragma once

#include <zstd.h>

#include <memory>

#include "dataset/shard_encoder.h"

namespace ws::dataset {

class JsonlZstEncoder final : public ShardEncoder {
 public:
  JsonlZstEncoder(int zstd_level, int zstd_workers);
  ~JsonlZstEncoder() override;
  JsonlZstEncoder(const JsonlZstEncoder&) = delete;
  JsonlZstEncoder& operator=(const JsonlZstEncoder&) = delete;

  void begin(ShardSink& sink) override;
  void add(std::string_view json_line) override;
  void end() override;

 private:
  // Runs zstd over `in` until it is consumed (ZSTD_e_continue) or the frame is complete (ZSTD_e_end).
  void compress(ZSTD_inBuffer in, ZSTD_EndDirective mode);
  void flush();  // hands the compressed bytes buffered so far to the sink

  int level_, workers_;
  ZSTD_CCtx* cctx_;  // reset, not reallocated, for the next shard
  std::unique_ptr<char[]> out_;
  size_t out_pos_ = 0;
  ShardSink* sink_ = nullptr;
};

}  // namespace ws::dataset
