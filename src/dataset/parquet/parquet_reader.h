// Reads a Parquet shard back as the JSON lines it was written from (record_table.h: byte for byte), so
// `stats` and the tests read both formats through one interface (dataset/shard_reader.h). One row group
// in memory at a time.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>

namespace ws::dataset {

// Calls `fn(line)` for each record (its JSON line without '\n'). Throws std::runtime_error on an
// unreadable file or one whose schema is neither record_schema().
void for_each_parquet_line(const std::filesystem::path& shard, const std::function<void(std::string_view)>& fn);

}  // namespace ws::dataset
