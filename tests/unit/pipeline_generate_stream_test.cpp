#include <gtest/gtest.h>

#include <map>

#include "dataset/shard_reader.h"
#include "dataset_test_util.h"
#include "pipeline/generate_stream.h"
#include "pipeline/summary.h"

namespace ws::pipeline {
namespace {

// --ir none: no backend at all, so the stream's own rules are what is tested, in milliseconds.
GenerateOptions options(uint64_t count, int jobs) {
  GenerateOptions o;
  o.count = count;
  o.seed = 31;
  o.with_ir = false;
  o.jobs = jobs;
  o.quiet = true;
  return o;
}

std::vector<GenerateStream::Record> drain(GenerateStream& stream) {
  std::vector<GenerateStream::Record> all;
  for (auto batch = stream.next(); !batch.empty(); batch = stream.next())
    for (auto& r : batch) all.push_back(std::move(r));
  return all;
}

// The records `generate` writes to each split's shards are the stream's records of that split, in order.
TEST(GenerateStream, GivesTheRecordsGenerateWrites) {
  dataset::testing::ScratchDir dir;
  GenerateOptions o = options(300, 2);
  o.out = dir.path() / "out";
  const GenerateSummary written = generate(o);
  std::map<std::string, std::vector<std::string>> shards;
  for (const auto& shard : dataset::list_shards(o.out)) {
    const std::string split = shard.filename().string().substr(0, shard.filename().string().find('-'));
    dataset::for_each_line(shard, [&](std::string_view line) { shards[split].push_back(std::string(line) + "\n"); });
  }

  GenerateStream stream(options(300, 2));
  std::map<std::string, std::vector<std::string>> streamed;
  const std::vector<GenerateStream::Record> all = drain(stream);
  for (const auto& r : all) streamed[dataset::split_name(r.split)].push_back(r.line);
  EXPECT_EQ(all.size(), 300u);
  EXPECT_EQ(streamed, shards);
  EXPECT_EQ(counters_json(stream.summary()).dump(), counters_json(written).dump());
  EXPECT_TRUE(stream.next().empty());  // stays at its end
}

TEST(GenerateStream, RecordsDoNotDependOnThreadsOrWhereTheReaderStops) {
  GenerateStream one(options(200, 1));
  const std::vector<GenerateStream::Record> all = drain(one);
  GenerateStream many(options(100000, 3));
  std::vector<GenerateStream::Record> first = many.next();
  ASSERT_FALSE(first.empty());
  many.close();  // long before its count: stops at once
  EXPECT_TRUE(many.next().empty());
  ASSERT_LE(first.size(), all.size());
  for (size_t i = 0; i < first.size(); ++i) EXPECT_EQ(first[i].line, all[i].line) << i;
}

TEST(GenerateStream, BadOptionsThrowBeforeAnythingRuns) {
  GenerateOptions o = options(10, 1);
  o.presets = {"no_such_preset"};
  EXPECT_THROW(GenerateStream{o}, std::invalid_argument);
}

}  // namespace
}  // namespace ws::pipeline
