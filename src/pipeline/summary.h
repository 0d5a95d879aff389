// The counters of a `generate` run (GenerateSummary) and the one rule that moves them: what the
// in-order consumer does with an item once it knows whether its structure was already written. One
// process and every MPI rank apply the same rule, so their counts add up to the same manifest.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "dataset/split.h"
#include "pipeline/generate.h"
#include "pipeline/producer.h"

namespace ws::pipeline {

// A duplicate is counted and dropped; otherwise a native decline is counted, and the record is
// counted in its split or, when it has no line, listed as a failure. Returns the split when the record
// is kept: the caller then writes item.line there and adds its structure to the dedup set.
std::optional<dataset::Split> account(const Item& item, bool duplicate, const dataset::SplitRatios& ratios,
                                      GenerateSummary& s);

// The counters as manifest.json's `counts` (and the checkpoint's), and back.
nlohmann::ordered_json counters_json(const GenerateSummary& s);
void restore_counters(const nlohmann::json& j, GenerateSummary& s);

// Adds `part`'s counters to `total` (MPI ranks' counts into the job's); failures stay in index order.
void add_counters(GenerateSummary& total, const GenerateSummary& part);

}  // namespace ws::pipeline
