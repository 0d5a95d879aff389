#include "dataset/shard_info.h"

#include <cstdio>

namespace ws::dataset {

std::string shard_committed_name(Split split, uint32_t index, ShardFormat f) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "data/.%s-%05u%s", split_name(split), index, format_suffix(f));
  return buf;
}

std::string shard_tmp_name(Split split, uint32_t index, ShardFormat f) {
  return shard_committed_name(split, index, f) + ".tmp";
}

std::string shard_final_name(Split split, uint32_t index, uint32_t total, ShardFormat f) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "data/%s-%05u-of-%05u%s", split_name(split), index, total, format_suffix(f));
  return buf;
}

}  // namespace ws::dataset
