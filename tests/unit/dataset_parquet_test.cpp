// Parquet shards through the dataset output layer: every record comes back as the JSON line it was
// written from, byte for byte (record_table.h), whatever keys it has or lacks; the same records give the
// same bytes; a line that is not a record is refused naming the field. pyarrow and `datasets` read the
// same shards in the reference test parquet_roundtrip (tests/parquet/).
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "dataset/record.h"
#include "dataset/shard_format.h"
#include "dataset/shard_reader.h"
#include "dataset/shard_writer.h"
#include "dataset_test_util.h"

namespace ws::dataset {
namespace {

using testing::ScratchDir;

// Record i, its fields varied the ways real records vary: with and without launch, verification, cpu,
// cuda, module, features; with escapes and UTF-8 in the strings. With `provenance`, an extract record:
// its source path and line, and a license or none.
std::string record_line(uint64_t i, bool provenance = false) {
  const std::string body = "    x = a[tid] * " + std::to_string(i) + ".0\n\t\"q\" \\\\ \x01 \xc3\xa9\n";
  const std::string fwd = "void k_" + std::to_string(i) + "_cpu_kernel_forward() {\n" + body + "}\n";
  const std::string bwd = i % 5 == 0 ? "" : "void adj() {\n" + body + "}\n";
  const std::string fn = "static CUDA_CALLABLE float f(float x) { return x; }\n";
  const std::string module = "#include \"builtin.h\"\n" + fwd + bwd;
  Record r;
  r.id = short_sha256(std::to_string(i));
  r.index = i * 7 + 3;
  r.seed = i % 3 == 0 ? 18446744073709551615ull : 42;
  r.preset = i % 2 ? "loops" : "extract";
  r.kernel_name = "k_" + std::to_string(i);
  r.mangled_name = "k_" + std::to_string(i) + "_1a2b";
  r.path = "warpsynth/k_" + std::to_string(i) + ".py";
  if (provenance) {
    r.provenance = Provenance{"pkg/sub/k_" + std::to_string(i) + ".py", static_cast<int>(i % 900) + 1,
                              i % 3 ? std::optional<std::string>("Apache-2.0 OR MIT") : std::nullopt};
  }
  r.python = "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n" + body;
  r.struct_hash = "00112233445566" + std::to_string(10 + i % 90);
  if (i % 4) r.features = {"for_dynamic", "vec3", "builtin:sin", "idiom:stencil"};
  if (i % 3) r.launch = R"({"ndim": 1, "arrays": {"a": "launch"}, "scalars": {}})";
  if (i % 6 == 1) r.verification = R"({"launch": [37], "input_seed": 1234})";
  r.backend = i % 2 ? BackendKind::Native : BackendKind::Warp;
  r.warp_version = "1.9.1";
  if (i % 7 != 2) r.cpu = DeviceIr{fwd, bwd, {}, i % 2 ? std::string_view(module) : std::string_view()};
  if (i % 7 != 4) r.cuda = DeviceIr{fwd, bwd, {fn, fn}, {}};
  return to_json_line(r);
}

// Writes `n` records into `dir` as Parquet shards of about `shard_bytes`; returns the lines by split.
std::map<std::string, std::vector<std::string>> write_parquet(const std::filesystem::path& dir, uint64_t n,
                                                              uint64_t shard_bytes, bool provenance = false) {
  std::map<std::string, std::vector<std::string>> lines;
  DatasetWriter w({.dir = dir,
                   .shard_bytes = shard_bytes,
                   .zstd_level = 3,
                   .format = ShardFormat::Parquet,
                   .provenance = provenance});
  for (uint64_t i = 0; i < n; ++i) {
    const Split split = kSplits[i % 5 == 4 ? 1 + i % 2 : 0];
    std::string line = record_line(i, provenance);
    w.add(split, line);
    line.pop_back();
    lines[split_name(split)].push_back(line);
    if (w.should_commit()) w.commit();
  }
  w.finish();
  return lines;
}

TEST(ParquetShards, EveryRecordReadsBackAsItsJsonLine) {
  if (!parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  ScratchDir dir;
  // 2600 records, shards of ~600 KB: several shards per split, and shards of more than one row group.
  const auto written = write_parquet(dir.path(), 2600, 600 << 10);
  std::map<std::string, std::vector<std::string>> read;
  size_t shards = 0;
  for (const auto& shard : list_shards(dir.path())) {
    const std::string name = shard.filename().string();
    EXPECT_TRUE(name.ends_with(".parquet")) << name;
    ++shards;
    for_each_line(shard, [&](std::string_view line) { read[name.substr(0, name.find('-'))].emplace_back(line); });
  }
  EXPECT_GT(shards, 3u);
  ASSERT_EQ(read.size(), written.size());
  for (const auto& [split, lines] : written) {
    ASSERT_EQ(read[split].size(), lines.size()) << split;
    for (size_t k = 0; k < lines.size(); ++k) ASSERT_EQ(read[split][k], lines[k]) << split << " record " << k;
  }
}

// extract's records: their provenance columns, a null license included, come back as written.
TEST(ParquetShards, ExtractRecordsReadBackWithTheirProvenance) {
  if (!parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  ScratchDir dir;
  const auto written = write_parquet(dir.path(), 600, 200 << 10, true);
  std::map<std::string, std::vector<std::string>> read;
  for (const auto& shard : list_shards(dir.path())) {
    const std::string name = shard.filename().string();
    for_each_line(shard, [&](std::string_view line) { read[name.substr(0, name.find('-'))].emplace_back(line); });
  }
  ASSERT_EQ(read.size(), written.size());
  size_t null_licenses = 0;
  for (const auto& [split, lines] : written) {
    ASSERT_EQ(read[split].size(), lines.size()) << split;
    for (size_t k = 0; k < lines.size(); ++k) {
      ASSERT_EQ(read[split][k], lines[k]) << split << " record " << k;
      null_licenses += lines[k].find("\"license\":null") != std::string::npos;
    }
  }
  EXPECT_GT(null_licenses, 0u);

  // A generated dataset's schema has no provenance columns: such a record is refused, never cut down.
  ScratchDir generated;
  DatasetWriter w({.dir = generated.path(), .format = ShardFormat::Parquet});
  try {
    w.add(Split::Train, record_line(1, true));
    w.finish();
    FAIL() << "a record with provenance went into a generated dataset's schema";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("'source_path' is not in the Parquet schema"), std::string::npos) << e.what();
  }
}

TEST(ParquetShards, SameRecordsGiveSameBytes) {
  if (!parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  ScratchDir a, b;
  write_parquet(a.path(), 1200, 300 << 10);
  write_parquet(b.path(), 1200, 300 << 10);
  const std::vector<std::string> names = testing::list_dir(a.path() / "data");
  ASSERT_EQ(names, testing::list_dir(b.path() / "data"));
  ASSERT_FALSE(names.empty());
  for (const std::string& name : names)
    EXPECT_EQ(testing::slurp(a.path() / "data" / name), testing::slurp(b.path() / "data" / name)) << name;
}

// Any standard JSON spelling of a record is read, not only record.cpp's: other key order, whitespace,
// every escape (surrogate pairs too), empty lists and objects' absent keys.
TEST(ParquetShards, ReadsAnyJsonSpellingOfARecord) {
  if (!parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  ScratchDir dir;
  const std::string line =
      " { \"python\" : \"a\\u00e9\\ud83d\\ude00\\/\\b\\f\\r\\u0001\\\"\" , \"index\":18446744073709551615,"
      "\"features\":[ ],\"cuda\":{\"functions\":[\"f\",\"g\\n\"],\"forward\":\"\"},\"cpu\":null,\"id\":\"x\"}\t\n";
  {
    DatasetWriter w({.dir = dir.path(), .format = ShardFormat::Parquet});
    w.add(Split::Train, line);
    w.finish();
  }
  std::vector<std::string> read;
  for (const auto& shard : list_shards(dir.path()))
    for_each_line(shard, [&](std::string_view l) { read.emplace_back(l); });
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0],
            "{\"id\":\"x\",\"index\":18446744073709551615,\"seed\":null,\"preset\":null,\"kernel_name\":null,"
            "\"mangled_name\":null,\"path\":null,\"python\":\"a\u00e9\U0001F600/\\b\\f\\r\\u0001\\\"\","
            "\"struct_hash\":null,\"features\":[],\"backend\":null,\"warp_version\":null,\"cpu\":null,"
            "\"cuda\":{\"forward\":\"\",\"backward\":null,\"functions\":[\"f\",\"g\\n\"]}}");
}

TEST(ParquetShards, AbandonedWriterRemovesItsTempFiles) {
  if (!parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  ScratchDir dir;
  {
    DatasetWriter w({.dir = dir.path(), .format = ShardFormat::Parquet});
    w.add(Split::Train, record_line(1));
    w.commit();
    w.add(Split::Train, record_line(2));  // in a row group not yet written
    w.add(Split::Test, record_line(3));
  }
  EXPECT_EQ(testing::list_dir(dir.path() / "data"), (std::vector<std::string>{".train-00000.parquet"}));
}

TEST(ParquetShards, ALineThatIsNotARecordIsRefusedNamingTheField) {
  if (!parquet_built_in()) GTEST_SKIP() << "built without Parquet";
  ScratchDir dir;
  auto error_of = [&](const std::string& line) -> std::string {
    DatasetWriter w({.dir = dir.path(), .format = ShardFormat::Parquet});
    try {
      w.add(Split::Train, line);
    } catch (const std::runtime_error& e) {
      return e.what();
    }
    return "";
  };
  EXPECT_EQ(error_of("{\"id\":\"a\",\"color\":\"red\"}\n"),
            "record field 'color' is not in the Parquet schema (in 'record')");
  EXPECT_EQ(error_of("{\"index\":-3}\n"), "record field 'index': expected an unsigned integer, got number");
  EXPECT_EQ(error_of("{\"cpu\":{\"forward\":7}}\n"), "record field 'forward': expected a string, got number");
  EXPECT_NE(error_of("{\"id\":\n").find("record is not valid JSON"), std::string::npos);
}

}  // namespace
}  // namespace ws::dataset
