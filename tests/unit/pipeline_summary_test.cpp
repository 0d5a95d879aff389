#include <gtest/gtest.h>

#include "pipeline/producer.h"
#include "pipeline/summary.h"

namespace ws::pipeline {
namespace {

GenerateSummary part(uint64_t written, std::vector<uint64_t> failed_indices, const std::string& preset) {
  GenerateSummary s;
  s.written = written;
  s.drawn = written + failed_indices.size() + 1;
  s.duplicates = 1;
  s.per_split["train"] = written;
  s.per_preset[preset] = written;
  for (uint64_t i : failed_indices) {
    s.failures.push_back({i, preset, "k", "why"});
    ++s.failure_reasons["compile"];
  }
  return s;
}

TEST(Summary, RanksCountsAddUpWithFailuresInIndexOrder) {
  GenerateSummary total;
  add_counters(total, part(5, {3, 40}, "loop"));
  add_counters(total, part(7, {12}, "math"));
  add_counters(total, part(2, {}, "loop"));
  EXPECT_EQ(total.written, 14u);
  EXPECT_EQ(total.drawn, 14u + 3u + 3u);
  EXPECT_EQ(total.duplicates, 3u);
  EXPECT_EQ(total.per_split.at("train"), 14u);
  EXPECT_EQ(total.per_preset.at("loop"), 7u);
  EXPECT_EQ(total.per_preset.at("math"), 7u);
  EXPECT_EQ(total.failure_reasons.at("compile"), 3u);
  ASSERT_EQ(total.failures.size(), 3u);
  EXPECT_EQ(total.failures[0].index, 3u);
  EXPECT_EQ(total.failures[1].index, 12u);
  EXPECT_EQ(total.failures[2].index, 40u);
}

// The consumer's rule, as one process applies it: a duplicate is only counted; a kernel without a
// line is a failure (its decline counted too); a line is kept for its hash's split.
TEST(Summary, AccountCountsDuplicatesFailuresAndWrites) {
  GenerateSummary s;
  const dataset::SplitRatios ratios;
  Item written;
  written.index = 0;
  written.hash = "00000000000000aa";
  written.kernel.preset = "loop";
  written.compiled.ok = true;
  written.compiled.backend = BackendKind::Native;
  written.line = "{\"id\":1}\n";
  EXPECT_EQ(account(written, false, ratios, s), dataset::assign_split("00000000000000aa", ratios));
  EXPECT_EQ(account(written, true, ratios, s), std::nullopt);  // the same structure again

  Item failed;
  failed.index = 2;
  failed.kernel.preset = "math";
  failed.kernel.kernel_name = "k2";
  failed.compiled.declined = Diagnostic{};
  failed.failure_kind = "verify: oob";
  failed.failure = "verify: oob at a[3]";
  EXPECT_EQ(account(failed, false, ratios, s), std::nullopt);
  EXPECT_EQ(s.drawn, 3u);
  EXPECT_EQ(s.written, 1u);
  EXPECT_EQ(s.duplicates, 1u);
  EXPECT_EQ(s.declined, 1u);
  EXPECT_EQ(s.per_preset.at("loop"), 1u);
  EXPECT_EQ(s.per_backend.at("native"), 1u);
  EXPECT_EQ(s.per_split.at(dataset::split_name(dataset::assign_split("00000000000000aa", ratios))), 1u);
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].index, 2u);
  EXPECT_EQ(s.failures[0].reason, "verify: oob at a[3]");
  EXPECT_EQ(s.failure_reasons.at("verify: oob"), 1u);
}

TEST(Summary, CountersSurviveTheirJson) {
  const GenerateSummary s = part(9, {4, 8}, "atomic");
  GenerateSummary back;
  restore_counters(nlohmann::json::parse(counters_json(s).dump()), back);
  EXPECT_EQ(counters_json(back).dump(), counters_json(s).dump());
}

}  // namespace
}  // namespace ws::pipeline
