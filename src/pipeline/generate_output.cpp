#include "pipeline/generate_output.h"

#include <nlohmann/json.hpp>

#include "dataset/card.h"
#include "pipeline/manifest.h"
#include "pipeline/summary.h"

namespace ws::pipeline {
namespace {

using nlohmann::ordered_json;

void write_generate_manifest(const GenerateOptions& o, const std::vector<std::string>& presets,
                             const GenerateSummary& s, const std::vector<dataset::ShardInfo>& shards, int ranks) {
  write_manifest(o.out,
                 {s.warp_version, o.command_line, ordered_json::parse(fingerprint(o, presets, s.warp_version, ranks)),
                  counters_json(s), shards, s.seconds});
}

void write_card(const GenerateOptions& o, const GenerateSummary& s, const std::vector<dataset::ShardInfo>& shards) {
  dataset::CardInfo card;
  card.warp_version = s.warp_version;
  card.command_line = o.command_line;
  card.per_preset = s.per_preset;
  card.per_backend = s.per_backend;
  card.shards = shards;
  card.format = o.format;
  card.drawn = s.drawn;
  card.duplicates = s.duplicates;
  card.failures = s.failures.size();
  card.failure_reasons = s.failure_reasons;
  card.declined = s.declined;
  dataset::write_dataset_card(o.out, card);
}

}  // namespace

std::string fingerprint(const GenerateOptions& o, const std::vector<std::string>& presets, const std::string& warp,
                        int ranks) {
  ordered_json j = {{"count", o.count},
                    {"seed", o.seed},
                    {"presets", presets},
                    {"devices", device_names(o.devices)},
                    {"backend", backend_name(o.backend)},
                    {"ir", o.with_ir},
                    {"full_module", o.full_module},
                    {"verify", o.verify ? "run" : "none"},
                    {"dedup", o.dedup},
                    {"split_ratios", o.split_ratios},
                    {"shard_bytes", o.shard_bytes},
                    {"zstd_level", o.zstd_level},
                    {"format", dataset::format_name(o.format)},
                    {"warp_version", warp}};
  // Under MPI the shard boundaries depend on the rank count and the window, and so does the resume state.
  if (ranks > 0) {
    j["ranks"] = ranks;
    j["rank_window"] = o.rank_window;
  }
  return j.dump();
}

void write_outputs(const GenerateOptions& o, const std::vector<std::string>& presets, const GenerateSummary& s,
                   const std::vector<dataset::ShardInfo>& shards, int ranks) {
  write_generate_manifest(o, presets, s, shards, ranks);
  write_card(o, s, shards);
}

}  // namespace ws::pipeline
