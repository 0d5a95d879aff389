// What is known about one written shard. The writer produces these, the checkpoint persists them, the
// caller's manifest.json and the dataset card list them; one JSON form serves all three.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "dataset/shard_format.h"
#include "dataset/split.h"

namespace ws::dataset {

struct ShardInfo {
  Split split = Split::Train;
  uint32_t index = 0;    // NNNNN: position within its split, from 0
  std::string file;      // path relative to the output dir, '/'-separated, e.g. "data/train-00000-of-00004.jsonl.zst"
  uint64_t records = 0;  // records (JSON lines, Parquet rows) in the shard
  uint64_t uncompressed_bytes = 0;  // sum of the records' JSON lines' sizes, whatever the format
  uint64_t bytes = 0;               // size of the shard file
  std::string sha256;               // of the shard file, lowercase hex
};

// Names a shard goes by. Until finish() the total shard count of its split is unknown, so committed
// shards wait under a hidden name that the `data/{split}-*` globs of readers skip. The suffix is the
// format's (format_suffix): .jsonl.zst or .parquet.
std::string shard_tmp_name(Split split, uint32_t index, ShardFormat f);        // data/.train-00003.jsonl.zst.tmp
std::string shard_committed_name(Split split, uint32_t index, ShardFormat f);  // data/.train-00003.jsonl.zst
std::string shard_final_name(Split split, uint32_t index, uint32_t total,
                             ShardFormat f);  // data/train-00003-of-00010.jsonl.zst

// {"file","split","index","records","uncompressed_bytes","bytes","sha256"}. from_json throws on a
// missing, mistyped or unknown field.
// Templates so that nlohmann::ordered_json (the manifest) keeps this field order.
template <typename Json>
void to_json(Json& j, const ShardInfo& s) {
  j = Json{{"file", s.file},
           {"split", split_name(s.split)},
           {"index", s.index},
           {"records", s.records},
           {"uncompressed_bytes", s.uncompressed_bytes},
           {"bytes", s.bytes},
           {"sha256", s.sha256}};
}

template <typename Json>
void from_json(const Json& j, ShardInfo& s) {
  s.split = split_from_name(j.at("split").template get<std::string>());
  j.at("file").get_to(s.file);
  j.at("index").get_to(s.index);
  j.at("records").get_to(s.records);
  j.at("uncompressed_bytes").get_to(s.uncompressed_bytes);
  j.at("bytes").get_to(s.bytes);
  j.at("sha256").get_to(s.sha256);
}

}  // namespace ws::dataset
