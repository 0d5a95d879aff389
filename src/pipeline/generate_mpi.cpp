#include "pipeline/generate_mpi.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/mpi.h"
#include "core/ordered_engine.h"
#include "dataset/checkpoint.h"
#include "dataset/file_io.h"
#include "dataset/output_dir.h"
#include "dataset/seen_set.h"
#include "dataset/shard_writer.h"
#include "pipeline/dedup_exchange.h"
#include "pipeline/generate_output.h"
#include "pipeline/progress.h"
#include "pipeline/summary.h"

namespace ws::pipeline {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

fs::path rank_dir(const fs::path& out, int rank) {
  char name[32];
  std::snprintf(name, sizeof name, "rank-%05d", rank);
  return dataset::checkpoint_dir(out) / name;
}

// A rank's two checkpoints: windows done w in slot w % 2.
std::string slot_name(uint64_t windows) {
  return "checkpoint-" + std::to_string(windows % 2) + ".json";
}

// Where the job stands, in rank 0's DIR/.warpsynth/checkpoint.json (the counters of a Checkpoint).
struct JobState {
  uint64_t windows = 0;     // windows finished on every rank
  uint64_t next_index = 0;  // first index of the next window
  uint64_t written = 0;     // records written by all ranks
};

// Shard links from an interrupted final step: the ranks' files are the truth until the manifest.
void remove_final_links(const fs::path& data, dataset::ShardFormat format) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with('.') && name.ends_with(dataset::format_suffix(format)) && ::unlink(entry.path().c_str()) != 0)
      dataset::throw_io_error("cannot delete", entry.path());
  }
  if (ec) throw std::runtime_error("cannot list " + data.string() + ": " + ec.message());
}

// One shard of one rank, for the final numbering.
struct RankShard {
  dataset::ShardInfo info;
  uint64_t window = 0;
  int rank = 0;
};

// Rank 0: gives every rank's shards their place in the dataset, in index order within each split.
std::vector<dataset::ShardInfo> link_shards(const fs::path& out, std::vector<RankShard> shards,
                                            dataset::ShardFormat format) {
  std::sort(shards.begin(), shards.end(), [](const RankShard& a, const RankShard& b) {
    return std::tuple(a.info.split, a.window, a.rank, a.info.index) <
           std::tuple(b.info.split, b.window, b.rank, b.info.index);
  });
  std::array<uint32_t, dataset::kSplits.size()> total{};
  for (const RankShard& s : shards) ++total[static_cast<size_t>(s.info.split)];
  std::array<uint32_t, dataset::kSplits.size()> next{};
  std::vector<dataset::ShardInfo> result;
  for (const RankShard& s : shards) {
    dataset::ShardInfo info = s.info;
    const size_t split = static_cast<size_t>(info.split);
    info.index = next[split]++;
    info.file = dataset::shard_final_name(info.split, info.index, total[split], format);
    const fs::path from = rank_dir(out, s.rank) / s.info.file;
    if (::link(from.c_str(), (out / info.file).c_str()) != 0)
      dataset::throw_io_error("cannot link " + from.string() + " to", out / info.file);
    result.push_back(std::move(info));
  }
  dataset::sync_dir(out / "data");
  return result;
}

}  // namespace

GenerateSummary generate_mpi(GenerateRun& run) {
  const GenerateOptions& o = run.options;
  const int ranks = mpi::size(), rank = mpi::rank();
  const fs::path mine = rank_dir(o.out, rank);

  // Rank 0 alone decides about the directory, and holds DIR/data against other runs while the job
  // writes; the others wait for its verdict (an error ends the job).
  dataset::File lock;
  if (rank == 0) {
    dataset::prepare_output_dir(o.out, o.resume, o.force);
    dataset::make_dirs(o.out / "data");
    lock = dataset::lock_dir(o.out / "data");
  }
  mpi::barrier();
  run.start_backend();
  GenerateSummary s;
  s.warp_version = run.warp_version;
  s.ranks = ranks;
  const std::string print = fingerprint(o, run.stream.presets(), s.warp_version, ranks);

  JobState job;
  dataset::SeenSet seen;  // the hashes this rank owns
  std::vector<dataset::ShardInfo> committed;
  std::vector<uint64_t> shard_windows;  // the window of each of `committed`
  if (o.resume) {
    std::string state;
    if (rank == 0) {
      dataset::SeenSet none;
      const dataset::Checkpoint cp = dataset::load_checkpoint(o.out, print, none);
      state = cp.counters.dump();
      remove_final_links(o.out / "data", o.format);
    }
    const json j = json::parse(mpi::broadcast(state));
    job = {j.at("windows"), j.at("next_index"), j.at("written")};
    const dataset::Checkpoint cp = dataset::load_checkpoint(mine, print, seen, slot_name(job.windows));
    if (cp.counters.at("windows") != job.windows)
      throw std::runtime_error("cannot resume: " + (mine / ".warpsynth" / slot_name(job.windows)).string() +
                               " does not hold window " + std::to_string(job.windows));
    restore_counters(cp.counters.at("counts"), s);
    shard_windows = cp.counters.at("shard_windows").get<std::vector<uint64_t>>();
    committed = cp.shards;
  }
  auto writer = std::make_unique<dataset::DatasetWriter>(
      dataset::DatasetWriter::Options{
          .dir = mine, .shard_bytes = o.shard_bytes, .zstd_level = o.zstd_level, .format = o.format},
      committed);

  auto save_rank = [&] {
    dataset::Checkpoint cp;
    cp.fingerprint = print;
    cp.next_index = job.next_index;
    cp.shards = committed;
    cp.counters = {{"windows", job.windows}, {"counts", counters_json(s)}, {"shard_windows", shard_windows}};
    dataset::save_checkpoint(mine, cp, seen, slot_name(job.windows));
  };
  // Called once every rank saved window `job.windows`; returns once the job's checkpoint names it.
  auto save_job = [&] {
    if (rank == 0) {
      dataset::Checkpoint cp;
      cp.fingerprint = print;
      cp.next_index = job.next_index;
      cp.counters = {{"windows", job.windows}, {"next_index", job.next_index}, {"written", job.written}};
      dataset::SeenSet none;
      dataset::save_checkpoint(o.out, cp, none);
    }
    mpi::barrier();
  };
  if (!o.resume) {
    save_rank();
    mpi::barrier();
    save_job();
  }

  Progress progress("generate", o.count, o.quiet || rank != 0);
  progress.update(job.written, 0, 0, true);
  auto commit = [&] {
    committed = writer->commit().shards;
    shard_windows.resize(committed.size(), job.windows);
  };

  // The window being produced, and this rank's items of it as the engine hands them over in order.
  const uint64_t window = static_cast<uint64_t>(ranks) * o.rank_window;
  IndexRange current;
  bool open = false;
  std::vector<Item> items;
  auto finish_window = [&] {
    std::vector<DedupQuery> queries;
    for (const Item& it : items) queries.push_back({hash_key(it.hash), !it.line.empty()});
    std::vector<bool> duplicate(items.size(), false);
    if (o.dedup) {
      mpi::barrier();  // the time below then measures the exchange, not the wait for a slower rank
      const auto started = std::chrono::steady_clock::now();
      std::vector<std::string> out = encode_queries(queries, ranks);
      const std::vector<std::string> answers = mpi::alltoall(answer_queries(mpi::alltoall(out), seen));
      s.exchange_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      for (int d = 0; d < ranks; ++d)
        if (d != rank) s.exchange_bytes += out[static_cast<size_t>(d)].size() + answers[static_cast<size_t>(d)].size();
      duplicate = decode_answers(queries, answers, ranks);
    }
    for (size_t k = 0; k < items.size(); ++k)
      if (const auto split = account(items[k], duplicate[k], run.ratios, s)) {
        writer->add(*split, items[k].line);
        if (writer->should_commit()) commit();
      }
    items.clear();
    commit();
    job.next_index = current.end;
    ++job.windows;
    save_rank();
    const std::vector<uint64_t> totals = mpi::allreduce_sum({s.written, s.failures.size(), s.duplicates});
    job.written = totals[0];
    save_job();
    progress.update(job.written, totals[1], totals[2]);
  };
  // The engine has consumed every index it was given: close the window and open the next one that
  // gives this rank something to produce (a short last window may leave a rank's part empty).
  auto drained = [&]() -> IndexRange {
    for (;;) {
      if (open) finish_window();
      current = {job.next_index, job.next_index + std::min(window, o.count - job.written)};
      open = !current.empty();
      if (!open) return {};
      const uint64_t n = current.end - current.first, r = static_cast<uint64_t>(rank);
      const IndexRange part{current.first + n * r / static_cast<uint64_t>(ranks),
                            current.first + n * (r + 1) / static_cast<uint64_t>(ranks)};
      if (!part.empty()) return part;
    }
  };
  run_ordered(
      {run.threads(), kGenerateChunk, run.ahead()}, {},
      [&](uint64_t first, size_t n) { return run.producer->produce(first, n); },
      [&](std::vector<Item>& chunk) {
        for (Item& it : chunk) items.push_back(std::move(it));
        return false;
      },
      drained);
  writer.reset();  // every window was committed; the final step reads the ranks' files

  // The job's shards and counts, put together by rank 0.
  json part = json::array();
  for (size_t i = 0; i < committed.size(); ++i) part.push_back({{"shard", committed[i]}, {"window", shard_windows[i]}});
  const std::vector<std::string> parts = mpi::gather(json{{"shards", part}, {"counts", counters_json(s)}}.dump());
  const std::vector<uint64_t> exchange =
      mpi::allreduce_sum({s.exchange_bytes, static_cast<uint64_t>(s.exchange_seconds * 1e6)});
  progress.finish(job.written, 0, 0);
  GenerateSummary total;
  if (rank == 0) {
    total.warp_version = s.warp_version;
    total.ranks = ranks;
    total.exchange_bytes = exchange[0];
    total.exchange_seconds = static_cast<double>(exchange[1]) / 1e6 / ranks;
    total.windows = job.windows;
    std::vector<RankShard> shards;
    for (size_t r = 0; r < parts.size(); ++r) {
      const json j = json::parse(parts[r]);
      GenerateSummary counts;
      restore_counters(j.at("counts"), counts);
      add_counters(total, counts);
      for (const json& sh : j.at("shards"))
        shards.push_back(
            {sh.at("shard").get<dataset::ShardInfo>(), sh.at("window").get<uint64_t>(), static_cast<int>(r)});
    }
    const std::vector<dataset::ShardInfo> linked = link_shards(o.out, std::move(shards), o.format);
    total.seconds = run.seconds();
    write_outputs(o, run.stream.presets(), total, linked, ranks);
    // The job's checkpoint goes first: once it is gone the dataset is final, and a --resume after a
    // kill in the middle of this clean-up is refused instead of undoing the links.
    if (::unlink((dataset::checkpoint_dir(o.out) / "checkpoint.json").c_str()) != 0)
      dataset::throw_io_error("cannot delete", dataset::checkpoint_dir(o.out) / "checkpoint.json");
    dataset::sync_dir(dataset::checkpoint_dir(o.out));
    dataset::remove_checkpoint(o.out);  // the ranks' directories too: their shards live on as the links
  }
  mpi::barrier();
  return rank == 0 ? total : s;
}

}  // namespace ws::pipeline
