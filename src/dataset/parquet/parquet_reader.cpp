#include "dataset/parquet/parquet_reader.h"

#include <arrow/io/file.h>
#include <parquet/arrow/reader.h>

#include <stdexcept>
#include <string>

#include "dataset/parquet/record_table.h"

namespace ws::dataset {

void for_each_parquet_line(const std::filesystem::path& shard, const std::function<void(std::string_view)>& fn) {
  auto fail = [&](const arrow::Status& st) {
    throw std::runtime_error("cannot read Parquet shard " + shard.string() + ": " + st.ToString());
  };
  auto file = arrow::io::ReadableFile::Open(shard.string());
  if (!file.ok()) fail(file.status());
  auto reader = parquet::arrow::OpenFile(*file, arrow::default_memory_pool());
  if (!reader.ok()) fail(reader.status());
  auto batches = (*reader)->GetRecordBatchReader();
  if (!batches.ok()) fail(batches.status());
  const std::shared_ptr<arrow::Schema> schema = (*batches)->schema();
  if (!schema->Equals(*record_schema(false)) && !schema->Equals(*record_schema(true)))
    throw std::runtime_error("not a warpsynth record shard: " + shard.string() + " has schema " + schema->ToString());
  for (;;) {
    auto batch = (*batches)->Next();
    if (!batch.ok()) fail(batch.status());
    if (!*batch) return;
    auto rows = (*batch)->ToStructArray();
    if (!rows.ok()) fail(rows.status());
    const auto& array = static_cast<const arrow::StructArray&>(**rows);
    for (int64_t i = 0; i < array.length(); ++i) fn(record_from_row(array, i).dump());
  }
}

}  // namespace ws::dataset
