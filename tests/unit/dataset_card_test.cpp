#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dataset/card.h"
#include "dataset/record.h"
#include "dataset_test_util.h"

namespace ws::dataset {
namespace {

CardInfo sample() {
  CardInfo info;
  info.warp_version = "1.19.0";
  info.command_line = "warpsynth generate --count 3 --out ds";
  info.shards = {{Split::Train, 0, "data/train-00000-of-00002.jsonl.zst", 2, 2048, 512, ""},
                 {Split::Train, 1, "data/train-00001-of-00002.jsonl.zst", 1, 1024, 256, ""},
                 {Split::Test, 0, "data/test-00000-of-00001.jsonl.zst", 1, 100, 80, ""}};
  info.per_preset = {{"basic", 3}, {"loops", 1}};
  info.per_backend = {{"warp", 4}};
  info.drawn = 12;
  info.duplicates = 1;
  info.failures = 2;
  info.failure_reasons = {{"verify: nan", 2}};
  return info;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(DatasetCard, FrontMatterListsNonEmptySplits) {
  const std::string card = render_dataset_card(sample());
  ASSERT_TRUE(card.starts_with("---\n"));
  const std::string front = card.substr(0, card.find("\n---\n", 4) + 5);
  EXPECT_TRUE(
      front.starts_with("---\n"
                        "configs:\n"
                        "- config_name: default\n"
                        "  data_files:\n"
                        "  - split: train\n"
                        "    path: data/train-*.jsonl.zst\n"
                        "  - split: test\n"
                        "    path: data/test-*.jsonl.zst\n"
                        "dataset_info:\n"
                        "  features:\n"))
      << front;
  EXPECT_TRUE(front.ends_with("tags:\n- code\n- warp\n- cuda\n---\n")) << front;
}

// The card's features must name exactly the fields to_json_line writes, in order, or load_dataset
// drops or mistypes fields. Update kFeaturesYaml in card.cpp when record.cpp changes.
// The fields of `r`'s JSON line (objects' keys as "cpu.forward") against the names the card's
// `dataset_info.features` declares, in order.
void expect_schema_matches(Record r, const CardInfo& info) {
  r.features = {"vec3"};
  r.cpu = DeviceIr{"f", "b", {"g"}, "module"};
  r.cuda = r.cpu;
  const nlohmann::ordered_json line = nlohmann::ordered_json::parse(to_json_line(r));
  std::vector<std::string> fields;
  for (const auto& [key, value] : line.items()) {
    fields.push_back(key);
    if (value.is_object())
      for (const auto& [sub, unused] : value.items()) fields.push_back(key + "." + sub);
  }

  const std::string card = render_dataset_card(info);
  const std::string front = card.substr(0, card.find("\n---\n", 4));
  std::vector<std::string> names;
  std::string parent;
  size_t pos = front.find("  features:\n");
  ASSERT_NE(pos, std::string::npos);
  for (std::string_view rest(front.data() + pos, front.size() - pos); !rest.empty();) {
    const size_t nl = rest.find('\n');
    const std::string_view l = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    if (l.starts_with("  - name: ")) names.push_back(parent = std::string(l.substr(10)));
    if (l.starts_with("    - name: ")) names.push_back(parent + "." + std::string(l.substr(12)));
    if (l.starts_with("tags:")) break;
  }
  EXPECT_EQ(names, fields);
}

TEST(DatasetCard, FeaturesMatchTheRecordSchema) {
  Record r;
  r.launch = "{}";
  r.verification = "{}";
  expect_schema_matches(r, sample());
}

TEST(DatasetCard, ExtractedDatasetsDeclareProvenance) {
  Record r;
  r.provenance = Provenance{"pkg/k.py", 3, "MIT"};
  r.launch = "{}";  // never in extract records, but always in the schema (it loads as None)
  r.verification = "{}";
  CardInfo info = sample();
  info.extracted = true;
  info.files = 7;
  info.drawn = 9;
  expect_schema_matches(r, info);
  const std::string card = render_dataset_card(info);
  EXPECT_TRUE(contains(card, "## Statistics\n\n| | |\n|---|---|\n| files read | 7 |\n")) << card;
  EXPECT_TRUE(contains(card, "| kernels compiled | 9 |")) << card;
  EXPECT_TRUE(contains(card, "`source_path`")) << card;
  EXPECT_FALSE(contains(render_dataset_card(sample()), "source_path"));
}

TEST(DatasetCard, SummarizesCountsAndProvenance) {
  const std::string card = render_dataset_card(sample());
  EXPECT_TRUE(contains(card, "| train | 3 | 2 | 768 B | 3.0 KiB |")) << card;
  EXPECT_TRUE(contains(card, "| validation | 0 | 0 | 0 B | 0 B |")) << card;
  EXPECT_TRUE(contains(card, "| **total** | 4 | 3 |")) << card;
  EXPECT_TRUE(contains(card, "| basic | 3 |\n| loops | 1 |")) << card;
  EXPECT_TRUE(contains(card, "| warp | 4 |")) << card;
  EXPECT_TRUE(contains(card, "Warp version: 1.19.0")) << card;
  EXPECT_TRUE(contains(card, "```sh\nwarpsynth generate --count 3 --out ds\n```\n")) << card;
  EXPECT_TRUE(contains(card, "docs/dataset-format.md")) << card;
  EXPECT_TRUE(contains(card, "## Statistics\n\n| | |\n|---|---|\n| kernels drawn | 12 |\n")) << card;
  EXPECT_TRUE(contains(card,
                       "| structural duplicates dropped | 1 |\n| failed (listed in manifest.json) | 2 |\n"
                       "| failed: verify: nan | 2 |\n| native declines compiled by Warp | 0 |\n"))
      << card;
}

TEST(DatasetCard, CommandLineCannotBreakOutOfItsFence) {
  CardInfo info = sample();
  info.command_line = "warpsynth generate --out '```'";
  EXPECT_TRUE(contains(render_dataset_card(info), "````sh\nwarpsynth generate --out '```'\n````\n"));
}

TEST(DatasetCard, WrittenAsReadme) {
  testing::ScratchDir dir;
  write_dataset_card(dir.path(), sample());
  EXPECT_EQ(testing::slurp(dir.path() / "README.md"), render_dataset_card(sample()));
  EXPECT_EQ(testing::list_dir(dir.path()), (std::vector<std::string>{"README.md"}));
}

}  // namespace
}  // namespace ws::dataset
