// Records as Arrow columns: the schema of a Parquet shard and the conversions between a record's JSON
// line (dataset/record.cpp) and an Arrow row. The schema is the card's `dataset_info.features`
// (dataset/card.cpp) in Arrow terms, fixed for every dataset, so that every shard of every run has the
// same schema and `datasets` casts nothing: strings are utf8, `index`/`seed` uint64, `features` and
// `functions` list<utf8>, `cpu`/`cuda` structs. `launch` and `verification` stay JSON objects in
// strings, as in the JSON form: their keys are each kernel's own parameter names, no fixed struct.
// Keys a record may lack (`launch`, `verification`, `module`) are null columns there; a record never
// holds them as null, so a null in them reads back as an absent key and the round trip is exact.
// `extract`'s records also carry their provenance (`source_path`, `source_line`, `license` after
// `path`, as the card lists them); those columns exist only in its datasets' schema, so that generated
// datasets keep theirs, and there a null `license` reads back as `"license": null`, as it was written.
#pragma once

#include <arrow/api.h>

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>

namespace ws::dataset {

// The schema of generate's records, or with `provenance` of extract's.
const std::shared_ptr<arrow::Schema>& record_schema(bool provenance);

// Builds record_schema(provenance) columns from JSON lines.
class RecordColumns {
 public:
  explicit RecordColumns(bool provenance);
  // Appends one record. Throws std::runtime_error naming the field when the line is not a record of
  // the schema (a key it does not know, a value of another type); the columns are then unusable.
  void append(std::string_view json_line);
  int64_t rows() const { return rows_; }
  const std::shared_ptr<arrow::Schema>& schema() const { return schema_; }
  // The rows appended since the last take(), as one table; the builders start over, keeping memory.
  std::shared_ptr<arrow::Table> take();

 private:
  std::shared_ptr<arrow::Schema> schema_;
  std::shared_ptr<arrow::DataType> row_type_;
  std::unique_ptr<arrow::StructBuilder> builder_;
  int64_t rows_ = 0;
};

// Row `row` of a table of either record_schema() as the record's JSON object, keys in the line's order.
// dump() of it is the JSON line (without '\n') the record was built from, byte for byte.
nlohmann::ordered_json record_from_row(const arrow::StructArray& rows, int64_t row);

}  // namespace ws::dataset
