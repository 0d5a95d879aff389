// The file format of a dataset's shards. It is a property of the dataset output layer (DatasetWriter,
// the shard names, the card, the reader), so every command that writes a dataset offers both.
// jsonl.zst is the default: it needs nothing beyond zstd, `zstd -dc | jq` reads it, and it is what
// warpsynth always wrote. Parquet (Apache Arrow's own writer, zstd columns) is for the Hugging Face Hub
// and columnar readers; it exists only in a build that found Arrow (CMake option WS_PARQUET).
#pragma once

#include <string>
#include <string_view>

namespace ws::dataset {

enum class ShardFormat : unsigned char { JsonlZst, Parquet };

// "jsonl.zst", "parquet": the --format values, and what the checkpoint's fingerprint records.
const char* format_name(ShardFormat f);

// ".jsonl.zst", ".parquet": the shard files' suffix.
const char* format_suffix(ShardFormat f);

// The inverse of format_name. Throws std::invalid_argument naming the valid values for any other text,
// and for "parquet" in a build without Arrow, saying so and how to get it.
ShardFormat parse_format(std::string_view name);

// Whether this build can write and read Parquet shards.
bool parquet_built_in();

// Throws std::invalid_argument, saying this build has no Parquet and how to get it, unless it has.
void require_parquet();

}  // namespace ws::dataset
