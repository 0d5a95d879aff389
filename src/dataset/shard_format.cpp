#include "dataset/shard_format.h"

#include <stdexcept>

namespace ws::dataset {

const char* format_name(ShardFormat f) {
  return f == ShardFormat::Parquet ? "parquet" : "jsonl.zst";
}

const char* format_suffix(ShardFormat f) {
  return f == ShardFormat::Parquet ? ".parquet" : ".jsonl.zst";
}

ShardFormat parse_format(std::string_view name) {
  if (name == "jsonl.zst") return ShardFormat::JsonlZst;
  if (name != "parquet")
    throw std::invalid_argument("unknown shard format '" + std::string(name) + "' (expected jsonl.zst or parquet)");
  require_parquet();
  return ShardFormat::Parquet;
}

bool parquet_built_in() {
#ifdef WS_PARQUET
  return true;
#else
  return false;
#endif
}

void require_parquet() {
  if (!parquet_built_in())
    throw std::invalid_argument(
        "this warpsynth was built without Parquet support: CMake found no pyarrow in .venv (scripts/setup.sh "
        "installs it; then reconfigure with cmake -S . -B build)");
}

}  // namespace ws::dataset
