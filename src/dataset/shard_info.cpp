#include "dataset/shard_info.h"

#include <cstdio>

namespace ws::dataset {

std::string shard_committed_name(Split split, uint32_t index) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "data/.%s-%05u.jsonl.zst", split_name(split), index);
  return buf;
}

std::string shard_tmp_name(Split split, uint32_t index) {
  return shard_committed_name(split, index) + ".tmp";
}

std::string shard_final_name(Split split, uint32_t index, uint32_t total) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "data/%s-%05u-of-%05u.jsonl.zst", split_name(split), index, total);
  return buf;
}

}  // namespace ws::dataset
