// Parquet shards, written by Apache Arrow's own Parquet writer (parquet::arrow::FileWriter) over
// record_table.h's schema, every column chunk zstd-compressed at --zstd-level.
//
// Row groups: a row group closes at kRowGroupRows records or kRowGroupBytes of the records' JSON,
// whichever comes first. The Hugging Face Hub's viewer reads whole row groups (pages of 100 rows) and
// asks for row groups of at most 100-300 MB in memory; for rows of large text the Hub suggests about
// 100-1000 rows. Records with IR are 20-60 KB of JSON, so 16 MiB closes groups at a few hundred rows;
// Python-only records (--ir none, ~2 KB) reach the 1000-row cap at about 2 MB. Both bounds depend on the
// records alone, so the bytes are the same for any --jobs, and the writer holds at most one row group
// per split in memory.
#pragma once

#include <parquet/arrow/writer.h>

#include <memory>

#include "dataset/parquet/record_table.h"
#include "dataset/shard_encoder.h"

namespace ws::dataset {

class ParquetEncoder final : public ShardEncoder {
 public:
  static constexpr int64_t kRowGroupRows = 1000;
  static constexpr uint64_t kRowGroupBytes = uint64_t{16} << 20;

  // `provenance`: the records are extract's (record_schema(true)).
  ParquetEncoder(int zstd_level, bool provenance);
  ~ParquetEncoder() override;

  void begin(ShardSink& sink) override;
  void add(std::string_view json_line) override;
  void end() override;

 private:
  class SinkStream;
  void write_row_group();

  std::shared_ptr<parquet::WriterProperties> props_;
  std::shared_ptr<parquet::ArrowWriterProperties> arrow_props_;
  RecordColumns columns_;
  uint64_t group_bytes_ = 0;  // JSON bytes of the rows in columns_
  ShardSink* sink_ = nullptr;
  std::shared_ptr<SinkStream> stream_;
  std::unique_ptr<parquet::arrow::FileWriter> writer_;
};

}  // namespace ws::dataset
