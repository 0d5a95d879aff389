#include "pipeline/extract_dataset.h"

#include "dataset/card.h"
#include "dataset/output_dir.h"
#include "pipeline/manifest.h"
#include "pipeline/producer.h"

namespace ws::pipeline {

ExtractDataset::ExtractDataset(const ExtractDatasetOptions& options, std::string warp_version)
    : options_(options),
      warp_version_(std::move(warp_version)),
      start_(std::chrono::steady_clock::now()),
      ratios_(dataset::SplitRatios::parse(options.split_ratios)) {
  dataset::prepare_output_dir(options_.out, false, options_.force);
  writer_ =
      std::make_unique<dataset::DatasetWriter>(dataset::DatasetWriter::Options{.dir = options_.out,
                                                                               .shard_bytes = options_.shard_bytes,
                                                                               .zstd_level = options_.zstd_level,
                                                                               .format = options_.format,
                                                                               .provenance = true});
}

void ExtractDataset::add(const ExtractedFile& f) {
  ++s_.files;
  if (f.declined) {
    ++s_.declined;
    ++s_.decline_reasons[f.declined->message];
  }
  if (!f.failure.empty()) {
    ++s_.failed;
    s_.environment += f.environment;
    s_.failures.emplace_back(f.file, f.failure);
    return;
  }
  s_.kernels += f.kernels;
  const uint64_t key = hash_key(f.struct_hash);
  if (options_.dedup && seen_.contains(key)) {
    s_.duplicates += f.kernels;
    return;
  }
  seen_.insert(key);
  const dataset::Split split = dataset::assign_split(f.struct_hash, ratios_);
  for (size_t begin = 0; begin < f.records.size();) {
    const size_t end = f.records.find('\n', begin) + 1;
    writer_->add(split, std::string_view(f.records).substr(begin, end - begin));
    begin = end;
  }
  s_.written += f.kernels;
  s_.per_split[dataset::split_name(split)] += f.kernels;
  s_.per_backend[std::string(backend_name(f.backend))] += f.kernels;
  if (writer_->should_commit()) writer_->commit();
}

ExtractSummary ExtractDataset::finish() {
  const std::vector<dataset::ShardInfo> shards = writer_->finish();
  s_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  nlohmann::ordered_json failures = nlohmann::ordered_json::array();
  for (const auto& [file, reason] : s_.failures) failures.push_back({{"file", file}, {"reason", reason}});
  const nlohmann::ordered_json counts = {{"files", s_.files},
                                         {"files_failed", s_.failed},
                                         {"files_environment", s_.environment},
                                         {"kernels", s_.kernels},
                                         {"written", s_.written},
                                         {"duplicates", s_.duplicates},
                                         {"declined", s_.declined},
                                         {"per_split", s_.per_split},
                                         {"per_backend", s_.per_backend},
                                         {"decline_reasons", s_.decline_reasons},
                                         {"failures", failures}};
  nlohmann::ordered_json options = options_.options;
  options["dedup"] = options_.dedup;
  options["split_ratios"] = options_.split_ratios;
  options["shard_bytes"] = options_.shard_bytes;
  options["zstd_level"] = options_.zstd_level;
  options["format"] = dataset::format_name(options_.format);
  options["warp_version"] = warp_version_;
  write_manifest(options_.out, {warp_version_, options_.command_line, options, counts, shards, s_.seconds});

  dataset::CardInfo card;
  card.warp_version = warp_version_;
  card.command_line = options_.command_line;
  card.format = options_.format;
  if (s_.written > 0) card.per_preset["extract"] = s_.written;
  card.per_backend = s_.per_backend;
  card.shards = shards;
  card.extracted = true;
  card.files = s_.files;
  card.drawn = s_.kernels;
  card.duplicates = s_.duplicates;
  card.failures = s_.failed;
  card.declined = s_.declined;
  dataset::write_dataset_card(options_.out, card);
  return s_;
}

}  // namespace ws::pipeline
