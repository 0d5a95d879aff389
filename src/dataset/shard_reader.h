// Reads a dataset back: every record line of every final shard, in split then shard order, streaming
// (one decompression buffer, never a whole shard in memory). Used by `stats` and the tests.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

namespace ws::dataset {

// Final shard files under dir/data ({split}-NNNNN-of-MMMMM.jsonl.zst), sorted by name.
std::vector<std::filesystem::path> list_shards(const std::filesystem::path& dir);

// Calls `fn(shard, line)` for each line (without '\n') of one .jsonl.zst file. Throws
// std::runtime_error on an unreadable or corrupt file.
void for_each_line(const std::filesystem::path& shard, const std::function<void(std::string_view line)>& fn);

}  // namespace ws::dataset
