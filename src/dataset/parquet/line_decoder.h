// Reads a record's JSON line straight into Arrow builders, following the builders' types: no JSON tree
// in between. Parsing each line into nlohmann::json first took 40% of a Parquet `generate` run (and
// copied every string twice); this reader hands each unescaped string to the builder as a view of the
// line itself. It accepts standard JSON (any key order, whitespace, every escape, surrogate pairs) so
// that it does not depend on how dataset/record.cpp spaces or escapes its lines.
#pragma once

#include <arrow/api.h>

#include <string>
#include <string_view>

namespace ws::dataset {

// Appends the JSON object `line` as one row to `row`, a StructBuilder of `type`. Keys absent from the
// line get a null. Throws std::runtime_error: "record is not valid JSON at byte N: ..." for a syntax
// error, "record field 'F': expected a string, got number" for a value of another type, "record field
// 'F' is not in the Parquet schema (in 'P')" for an unknown key. After a throw the builders hold a
// partial row and must be discarded.
void decode_line(std::string_view line, arrow::StructBuilder& row, const arrow::StructType& type);

}  // namespace ws::dataset
