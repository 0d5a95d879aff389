#include "dataset/shard_encoder.h"

#include <fcntl.h>

#include <stdexcept>

#include "dataset/jsonl_zst_encoder.h"
#ifdef WS_PARQUET
#include "dataset/parquet/parquet_encoder.h"
#endif

namespace ws::dataset {

void ShardSink::open(const std::filesystem::path& path) {
  file_ = File(path, O_WRONLY | O_CREAT | O_TRUNC);
  sha_.reset();
  bytes_ = 0;
}

void ShardSink::write(const void* data, size_t size) {
  file_.write_all(data, size);
  sha_.update(data, size);
  bytes_ += size;
}

std::string ShardSink::finish_sha256() {
  return hex(sha_.finish());
}

std::unique_ptr<ShardEncoder> make_shard_encoder(ShardFormat format, int zstd_level, int zstd_workers,
                                                 [[maybe_unused]] bool provenance) {
  if (format == ShardFormat::JsonlZst) return std::make_unique<JsonlZstEncoder>(zstd_level, zstd_workers);
#ifdef WS_PARQUET
  return std::make_unique<ParquetEncoder>(zstd_level, provenance);
#else
  require_parquet();  // throws: this build has none
  return nullptr;
#endif
}

}  // namespace ws::dataset
