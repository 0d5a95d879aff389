#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "dataset/shard_format.h"

namespace ws::dataset {
namespace {

TEST(ShardFormat, NamesAndSuffixes) {
  EXPECT_STREQ(format_name(ShardFormat::JsonlZst), "jsonl.zst");
  EXPECT_STREQ(format_name(ShardFormat::Parquet), "parquet");
  EXPECT_STREQ(format_suffix(ShardFormat::JsonlZst), ".jsonl.zst");
  EXPECT_STREQ(format_suffix(ShardFormat::Parquet), ".parquet");
  EXPECT_EQ(parse_format("jsonl.zst"), ShardFormat::JsonlZst);
}

TEST(ShardFormat, UnknownNamesAreRefusedNamingTheValidOnes) {
  for (const char* bad : {"", "jsonl", "json", "PARQUET", "parquet ", "zst", "csv"}) {
    try {
      parse_format(bad);
      ADD_FAILURE() << "accepted '" << bad << "'";
    } catch (const std::invalid_argument& e) {
      EXPECT_EQ(std::string(e.what()),
                std::string("unknown shard format '") + bad + "' (expected jsonl.zst or parquet)");
    }
  }
}

TEST(ShardFormat, ParquetIsAcceptedExactlyWhenBuiltIn) {
  if (parquet_built_in()) {
    EXPECT_EQ(parse_format("parquet"), ShardFormat::Parquet);
    EXPECT_NO_THROW(require_parquet());
    return;
  }
  try {
    parse_format("parquet");
    ADD_FAILURE() << "a build without Parquet accepted --format parquet";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("built without Parquet"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ws::dataset
