#include "dataset/parquet/parquet_encoder.h"

#include <arrow/io/interfaces.h>
#include <parquet/properties.h>

#include <stdexcept>
#include <string>

namespace ws::dataset {
namespace {

void check(const arrow::Status& st, const ShardSink* sink) {
  if (!st.ok()) throw std::runtime_error("writing Parquet shard " + sink->path().string() + ": " + st.ToString());
}

}  // namespace

// Arrow's view of the ShardSink: the writer's bytes go through ShardSink::write, so they are counted
// and checksummed like jsonl.zst's. An I/O error there (std::runtime_error) becomes an arrow::Status
// and comes back out of the writer as a std::runtime_error with Arrow's context.
class ParquetEncoder::SinkStream final : public arrow::io::OutputStream {
 public:
  explicit SinkStream(ShardSink& sink) : sink_(sink) {}
  arrow::Status Write(const void* data, int64_t nbytes) override {
    try {
      sink_.write(data, static_cast<size_t>(nbytes));
    } catch (const std::exception& e) {
      return arrow::Status::IOError(e.what());
    }
    return arrow::Status::OK();
  }
  arrow::Result<int64_t> Tell() const override { return static_cast<int64_t>(sink_.bytes()); }
  arrow::Status Close() override {
    closed_ = true;  // the file itself is DatasetWriter's to sync, close and rename
    return arrow::Status::OK();
  }
  bool closed() const override { return closed_; }

 private:
  ShardSink& sink_;
  bool closed_ = false;
};

ParquetEncoder::ParquetEncoder(int zstd_level, bool provenance) : columns_(provenance) {
  parquet::WriterProperties::Builder builder;
  builder.compression(parquet::Compression::ZSTD)
      ->compression_level(zstd_level)
      ->max_row_group_length(kRowGroupRows)
      ->disable_dictionary()
      ->disable_statistics();
  // Dictionaries only where few values repeat; min/max statistics only on the short columns readers
  // filter on. On code text both cost time for nothing (a dictionary of unique 40 KB strings is
  // abandoned after 1 MB, per row group) and statistics would copy whole sources into the footer.
  for (const char* column : {"seed", "preset", "backend", "warp_version", "features.list.element"})
    builder.enable_dictionary(column);
  for (const char* column : {"id", "index", "seed", "preset", "kernel_name", "struct_hash", "backend", "warp_version"})
    builder.enable_statistics(column);
  props_ = builder.build();
  // store_schema: the Arrow schema in the footer, so readers get back exactly record_schema()
  // (list items named "item", as `datasets` writes them) rather than Parquet's own spelling.
  arrow_props_ = parquet::ArrowWriterProperties::Builder().store_schema()->build();
}

ParquetEncoder::~ParquetEncoder() = default;

void ParquetEncoder::begin(ShardSink& sink) {
  sink_ = &sink;
  stream_ = std::make_shared<SinkStream>(sink);
  auto writer =
      parquet::arrow::FileWriter::Open(*columns_.schema(), arrow::default_memory_pool(), stream_, props_, arrow_props_);
  check(writer.status(), sink_);
  writer_ = std::move(*writer);
  group_bytes_ = 0;
}

void ParquetEncoder::add(std::string_view json_line) {
  columns_.append(json_line);
  group_bytes_ += json_line.size();
  if (columns_.rows() == kRowGroupRows || group_bytes_ >= kRowGroupBytes) write_row_group();
}

void ParquetEncoder::write_row_group() {
  if (columns_.rows() == 0) return;
  const std::shared_ptr<arrow::Table> table = columns_.take();
  check(writer_->WriteTable(*table, kRowGroupRows), sink_);
  group_bytes_ = 0;
}

void ParquetEncoder::end() {
  write_row_group();
  check(writer_->Close(), sink_);
  writer_.reset();
}

}  // namespace ws::dataset
