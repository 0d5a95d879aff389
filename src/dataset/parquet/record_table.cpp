#include "dataset/parquet/record_table.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

#include "dataset/parquet/line_decoder.h"

namespace ws::dataset {
namespace {

using nlohmann::ordered_json;

// Keys record.cpp writes only when they have a value (see the header).
constexpr std::array<std::string_view, 3> kOmittedWhenEmpty = {"launch", "verification", "module"};

std::shared_ptr<arrow::DataType> device_type() {
  return arrow::struct_({arrow::field("forward", arrow::utf8()), arrow::field("backward", arrow::utf8()),
                         arrow::field("functions", arrow::list(arrow::utf8())), arrow::field("module", arrow::utf8())});
}

void check(const arrow::Status& st) {
  if (!st.ok()) throw std::runtime_error("arrow: " + st.ToString());
}

ordered_json value_at(const arrow::Array& a, int64_t i);

ordered_json object_at(const arrow::StructArray& s, int64_t i) {
  ordered_json o = ordered_json::object();
  const auto& type = static_cast<const arrow::StructType&>(*s.type());
  for (int k = 0; k < type.num_fields(); ++k) {
    const std::string& name = type.field(k)->name();
    const std::shared_ptr<arrow::Array> column = s.field(k);
    if (!column->IsNull(i)) {
      o[name] = value_at(*column, i);
    } else if (std::find(kOmittedWhenEmpty.begin(), kOmittedWhenEmpty.end(), name) == kOmittedWhenEmpty.end()) {
      o[name] = nullptr;
    }
  }
  return o;
}

ordered_json value_at(const arrow::Array& a, int64_t i) {
  switch (a.type_id()) {
    case arrow::Type::STRING:
      return std::string(static_cast<const arrow::StringArray&>(a).GetView(i));
    case arrow::Type::UINT64:
      return static_cast<const arrow::UInt64Array&>(a).Value(i);
    case arrow::Type::INT64:
      return static_cast<const arrow::Int64Array&>(a).Value(i);
    case arrow::Type::LIST: {
      const auto& list = static_cast<const arrow::ListArray&>(a);
      ordered_json out = ordered_json::array();
      const int64_t first = list.value_offset(i);
      for (int64_t k = 0; k < list.value_length(i); ++k) out.push_back(value_at(*list.values(), first + k));
      return out;
    }
    case arrow::Type::STRUCT:
      return object_at(static_cast<const arrow::StructArray&>(a), i);
    default:
      throw std::runtime_error("not a warpsynth record shard: column of type " + a.type()->ToString());
  }
}

std::shared_ptr<arrow::Schema> make_schema(bool provenance) {
  std::vector<std::shared_ptr<arrow::Field>> fields = {
      arrow::field("id", arrow::utf8()),          arrow::field("index", arrow::uint64()),
      arrow::field("seed", arrow::uint64()),      arrow::field("preset", arrow::utf8()),
      arrow::field("kernel_name", arrow::utf8()), arrow::field("mangled_name", arrow::utf8()),
      arrow::field("path", arrow::utf8()),
  };
  if (provenance) {
    for (auto f : {arrow::field("source_path", arrow::utf8()), arrow::field("source_line", arrow::int64()),
                   arrow::field("license", arrow::utf8())})
      fields.push_back(f);
  }
  for (auto f : {arrow::field("python", arrow::utf8()), arrow::field("struct_hash", arrow::utf8()),
                 arrow::field("features", arrow::list(arrow::utf8())), arrow::field("launch", arrow::utf8()),
                 arrow::field("verification", arrow::utf8()), arrow::field("backend", arrow::utf8()),
                 arrow::field("warp_version", arrow::utf8()), arrow::field("cpu", device_type()),
                 arrow::field("cuda", device_type())})
    fields.push_back(f);
  return arrow::schema(std::move(fields));
}

}  // namespace

const std::shared_ptr<arrow::Schema>& record_schema(bool provenance) {
  static const std::shared_ptr<arrow::Schema> generated = make_schema(false), extracted = make_schema(true);
  return provenance ? extracted : generated;
}

RecordColumns::RecordColumns(bool provenance)
    : schema_(record_schema(provenance)), row_type_(arrow::struct_(schema_->fields())) {
  std::unique_ptr<arrow::ArrayBuilder> b;
  check(arrow::MakeBuilder(arrow::default_memory_pool(), row_type_, &b));
  builder_.reset(static_cast<arrow::StructBuilder*>(b.release()));
}

void RecordColumns::append(std::string_view json_line) {
  decode_line(json_line, *builder_, static_cast<const arrow::StructType&>(*row_type_));
  ++rows_;
}

std::shared_ptr<arrow::Table> RecordColumns::take() {
  std::shared_ptr<arrow::Array> rows;
  check(builder_->Finish(&rows));
  rows_ = 0;
  auto batch = arrow::RecordBatch::FromStructArray(rows);
  check(batch.status());
  auto table = arrow::Table::FromRecordBatches(schema_, {*batch});
  check(table.status());
  return *table;
}

nlohmann::ordered_json record_from_row(const arrow::StructArray& rows, int64_t row) {
  return object_at(rows, row);
}

}  // namespace ws::dataset
