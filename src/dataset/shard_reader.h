// Reads a dataset back: every record line of every final shard, in split then shard order, streaming
// (one decompression buffer or one Parquet row group, never a whole shard in memory). Used by `stats`
// and the tests; a dataset of either format (dataset/shard_format.h) reads the same.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

namespace ws::dataset {

// Final shard files under dir/data ({split}-NNNNN-of-MMMMM.jsonl.zst or .parquet), sorted by name.
std::vector<std::filesystem::path> list_shards(const std::filesystem::path& dir);

// Calls `fn(line)` for each record (its JSON line, without '\n') of one shard, by its suffix: the lines
// of a .jsonl.zst file, or the rows of a .parquet file as the lines they were written from (byte for
// byte). Throws std::runtime_error on an unreadable or corrupt file, and on a .parquet file in a build
// without Parquet.
void for_each_line(const std::filesystem::path& shard, const std::function<void(std::string_view line)>& fn);

}  // namespace ws::dataset
