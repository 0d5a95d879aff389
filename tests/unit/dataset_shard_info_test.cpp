#include <gtest/gtest.h>

#include "dataset/shard_info.h"

namespace ws::dataset {
namespace {

TEST(ShardInfo, Names) {
  constexpr ShardFormat kJsonl = ShardFormat::JsonlZst;
  EXPECT_EQ(shard_tmp_name(Split::Train, 3, kJsonl), "data/.train-00003.jsonl.zst.tmp");
  EXPECT_EQ(shard_committed_name(Split::Validation, 12, kJsonl), "data/.validation-00012.jsonl.zst");
  EXPECT_EQ(shard_final_name(Split::Test, 0, 1, kJsonl), "data/test-00000-of-00001.jsonl.zst");
  EXPECT_EQ(shard_final_name(Split::Train, 123456, 123457, kJsonl), "data/train-123456-of-123457.jsonl.zst");
}

TEST(ShardInfo, ParquetNames) {
  constexpr ShardFormat kParquet = ShardFormat::Parquet;
  EXPECT_EQ(shard_tmp_name(Split::Train, 3, kParquet), "data/.train-00003.parquet.tmp");
  EXPECT_EQ(shard_committed_name(Split::Validation, 12, kParquet), "data/.validation-00012.parquet");
  EXPECT_EQ(shard_final_name(Split::Test, 0, 1, kParquet), "data/test-00000-of-00001.parquet");
}

TEST(ShardInfo, JsonRoundTripKeepsFieldOrder) {
  const ShardInfo s{Split::Validation,   2, "data/validation-00002-of-00003.jsonl.zst", 10, 5000, 900,
                    std::string(64, 'a')};
  nlohmann::ordered_json j = s;
  EXPECT_EQ(j.dump(),
            "{\"file\":\"data/validation-00002-of-00003.jsonl.zst\",\"split\":\"validation\",\"index\":2,"
            "\"records\":10,\"uncompressed_bytes\":5000,\"bytes\":900,\"sha256\":\"" +
                std::string(64, 'a') + "\"}");
  const ShardInfo back = nlohmann::json(s).get<ShardInfo>();
  EXPECT_EQ(nlohmann::ordered_json(back), j);
  nlohmann::json bad = s;
  bad["split"] = "dev";
  EXPECT_THROW(bad.get<ShardInfo>(), std::invalid_argument);
  bad.erase("split");
  EXPECT_THROW(bad.get<ShardInfo>(), nlohmann::json::exception);
}

}  // namespace
}  // namespace ws::dataset
