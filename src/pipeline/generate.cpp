#include "pipeline/generate.h"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/ordered_engine.h"
#include "core/rng.h"
#include "dataset/card.h"
#include "dataset/checkpoint.h"
#include "dataset/file_io.h"
#include "dataset/output_dir.h"
#include "dataset/seen_set.h"
#include "dataset/shard_writer.h"
#include "dataset/split.h"
#include "dataset/struct_hash.h"
#include "gen/generator.h"
#include "pipeline/kernel_stream.h"
#include "pipeline/progress.h"
#include "pipeline/records.h"
#include "verify/verify.h"

namespace ws::pipeline {
namespace {

using nlohmann::ordered_json;

// Kernel `index`, drawn, compiled and serialized, waiting for the in-order consumer to decide its fate.
struct Item {
  uint64_t index = 0;
  gen::GeneratedKernel kernel;
  std::string hash;
  Compiled compiled;         // ir dropped once the line is built
  std::string line;          // the record's JSON line; empty when compilation or verification failed
  std::string failure_kind;  // "verify: oob", ... when verification failed
  std::string failure;       // its manifest reason
  std::string verification;  // the record's `verification` object when verified
};

// The dedup key of a structural hash: its 16 hex digits as a number (already well mixed).
uint64_t hash_key(const std::string& hex) {
  return std::stoull(hex, nullptr, 16);
}

// Everything that decides the records' bytes: a resumed run must match it exactly.
std::string fingerprint(const GenerateOptions& o, const std::vector<std::string>& presets, const std::string& warp) {
  ordered_json j = {{"count", o.count},
                    {"seed", o.seed},
                    {"presets", presets},
                    {"devices", o.devices},
                    {"backend", backend_name(o.backend)},
                    {"ir", o.with_ir},
                    {"full_module", o.full_module},
                    {"verify", o.verify ? "run" : "none"},
                    {"dedup", o.dedup},
                    {"split_ratios", o.split_ratios},
                    {"shard_bytes", o.shard_bytes},
                    {"zstd_level", o.zstd_level},
                    {"warp_version", warp}};
  return j.dump();
}

ordered_json counters_json(const GenerateSummary& s) {
  ordered_json failures = ordered_json::array();
  for (const auto& f : s.failures)
    failures.push_back(
        {{"index", f.index}, {"preset", f.preset}, {"kernel_name", f.kernel_name}, {"reason", f.reason}});
  return {{"written", s.written},
          {"drawn", s.drawn},
          {"duplicates", s.duplicates},
          {"declined", s.declined},
          {"per_split", s.per_split},
          {"per_preset", s.per_preset},
          {"per_backend", s.per_backend},
          {"decline_reasons", s.decline_reasons},
          {"failure_reasons", s.failure_reasons},
          {"failures", failures}};
}

void restore_counters(const nlohmann::json& j, GenerateSummary& s) {
  s.written = j.at("written");
  s.drawn = j.at("drawn");
  s.duplicates = j.at("duplicates");
  s.declined = j.at("declined");
  s.per_split = j.at("per_split").get<std::map<std::string, uint64_t>>();
  s.per_preset = j.at("per_preset").get<std::map<std::string, uint64_t>>();
  s.per_backend = j.at("per_backend").get<std::map<std::string, uint64_t>>();
  s.decline_reasons = j.at("decline_reasons").get<std::map<std::string, uint64_t>>();
  s.failure_reasons = j.at("failure_reasons").get<std::map<std::string, uint64_t>>();
  for (const auto& f : j.at("failures"))
    s.failures.push_back({f.at("index"), f.at("preset"), f.at("kernel_name"), f.at("reason")});
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

void write_manifest(const GenerateOptions& o, const std::vector<std::string>& presets, const GenerateSummary& s,
                    const std::vector<dataset::ShardInfo>& shards) {
  ordered_json shard_list = ordered_json::array();
  for (const auto& sh : shards) {
    ordered_json j;
    to_json(j, sh);
    shard_list.push_back(std::move(j));
  }
  ordered_json m = {
      {"generator", "warpsynth"},
      {"warp_version", s.warp_version},
      {"created", utc_now()},
      {"command", o.command_line},
      {"options", ordered_json::parse(fingerprint(o, presets, s.warp_version))},
      {"counts", counters_json(s)},
      {"shards", shard_list},
      {"elapsed_seconds", s.seconds},
  };
  dataset::write_file_atomic(o.out / "manifest.json", m.dump(2) + "\n");
}

}  // namespace

GenerateSummary generate(const GenerateOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  if (o.count == 0) throw std::invalid_argument("--count must be at least 1");
  const KernelStream stream(o.seed, o.presets);
  const std::vector<std::string>& presets = stream.presets();
  const dataset::SplitRatios ratios = dataset::SplitRatios::parse(o.split_ratios);

  verify::Options vo;
  if (o.verify) {
    bool cpu = false;
    for (const auto& d : o.devices) cpu = cpu || d == "cpu";
    if (!cpu || !o.with_ir) throw std::invalid_argument("--verify run needs the cpu device and --ir full");
    vo.warp_include = verify::find_warp_include(o.warp_include);
  }
  dataset::prepare_output_dir(o.out, o.resume, o.force);
  Backend backend(o.backend, o.jobs, o.devices);
  GenerateSummary s;
  s.warp_version = o.with_ir ? backend.warp_version() : std::string(WS_WARP_VERSION);
  const std::string print = fingerprint(o, presets, s.warp_version);

  // Resume: restore the counters, the dedup set and the committed shards of the last checkpoint.
  dataset::SeenSet seen;
  std::vector<dataset::ShardInfo> committed;
  if (o.resume) {
    dataset::Checkpoint cp = dataset::load_checkpoint(o.out, print, seen);
    restore_counters(cp.counters, s);
    committed = cp.shards;
  }
  dataset::DatasetWriter writer({o.out, o.shard_bytes, o.zstd_level}, committed);
  auto checkpoint = [&](const dataset::CommitState& state) {
    dataset::Checkpoint cp;
    cp.fingerprint = print;
    cp.next_index = s.drawn;
    cp.shards = state.shards;
    cp.counters = counters_json(s);
    dataset::save_checkpoint(o.out, cp, seen);
  };
  if (!o.resume) checkpoint({});  // a run killed before its first commit can be resumed too

  Progress progress("generate", o.count, o.quiet);
  progress.update(s.written, s.failures.size(), s.duplicates, true);

  // Production (draw, compile, serialize a chunk of consecutive indices) is order-free; consumption
  // (dedup, split, compress, commit) takes the chunks in index order, one thread at a time, and only
  // it decides what is written, so any --jobs gives the same bytes.
  constexpr uint64_t kChunk = 32;
  auto serialize = [&](Item& it) {
    Compiled& c = it.compiled;
    if (!o.with_ir) {
      c.ok = true;
      c.backend = BackendKind::None;
      c.ir.kernels.push_back({it.kernel.kernel_name, "", 0});
    }
    if (!c.ok || !it.failure.empty()) return;
    RecordMeta meta{it.kernel.python, it.kernel.path, it.kernel.preset, o.seed,  it.index,       it.kernel.features,
                    it.kernel.launch, s.warp_version, o.full_module,    it.hash, it.verification};
    std::vector<Record> records = build_records(c, meta, it.kernel.kernel_name);
    if (records.size() == 1) it.line = to_json_line(records.front());
    c.ir = {};  // the line holds what is needed; free the module text early
  };
  // Native kernels go from drawing to their JSON line in one pass; what native declines, and
  // everything with --backend warp, then goes through the Warp workers as one batch per chunk (the
  // backend runs one batch at a time; its own `jobs` processes share it out).
  const bool native = o.with_ir && backend.kind() == BackendKind::Native;
  // --verify run: the chunk's compiled kernels, run as one batch, before any of them is serialized.
  auto verify_chunk = [&](std::vector<Item>& items) {
    std::vector<verify::Kernel> kernels;
    std::vector<Item*> of;
    for (Item& it : items) {
      const Compiled& c = it.compiled;
      if (!c.ok) continue;
      const KernelInfo* info = nullptr;
      for (const KernelInfo& k : c.ir.kernels) info = k.name == it.kernel.kernel_name ? &k : info;
      const DeviceModule* cpu = nullptr;
      for (const DeviceModule& m : c.ir.devices) cpu = m.device == "cpu" ? &m : cpu;
      if (!info || !cpu) continue;  // serialize reports the missing kernel
      // The inputs' seed: a stream of its own, so the generator's stream for the index stays untouched.
      Rng rng(splitmix64(o.seed ^ 0x766572696679ULL), it.index);
      kernels.push_back({info->mangled, cpu->source, it.kernel.launch, it.kernel.python, rng.next()});
      of.push_back(&it);
    }
    std::vector<verify::Result> results = verify::verify(kernels, vo);
    for (size_t i = 0; i < results.size(); ++i) {
      Item& it = *of[i];
      if (results[i].reason.empty()) {
        it.verification = std::move(results[i].verification);
      } else {
        it.failure_kind = results[i].reason;
        it.failure = results[i].reason + " " + results[i].detail;
      }
    }
  };
  auto produce = [&](uint64_t first, size_t chunk) {
    std::vector<Item> items(chunk);
    std::vector<size_t> rest;  // kernels still without IR: native declines, or all of them for warp
    for (size_t k = 0; k < chunk; ++k) {
      Item& it = items[k];
      it.index = first + k;
      it.kernel = stream.kernel(it.index);
      // One tokenization serves the structural hash and the native parser.
      std::vector<frontend::Token> tokens = frontend::tokenize(it.kernel.python);
      it.hash = struct_hash(tokens);
      if (native) it.compiled = backend.compile_native(it.kernel.python, it.kernel.path, &tokens);
      if (!o.with_ir || it.compiled.ok) {
        if (!o.verify) serialize(it);
      } else if (!native || it.compiled.declined) {
        rest.push_back(k);
      }
    }
    if (!rest.empty()) {
      std::vector<Job> jobs;
      std::vector<Compiled> compiled;
      for (size_t k : rest) {
        jobs.push_back({items[k].kernel.python, items[k].kernel.path});
        compiled.push_back(std::move(items[k].compiled));
      }
      if (native) {
        backend.fall_back(jobs, compiled);
      } else {
        compiled = backend.compile(jobs);
      }
      for (size_t r = 0; r < rest.size(); ++r) {
        items[rest[r]].compiled = std::move(compiled[r]);
        if (!o.verify) serialize(items[rest[r]]);
      }
    }
    if (o.verify) {
      verify_chunk(items);
      for (Item& it : items) serialize(it);
    }
    return items;
  };

  // The consumer's half of the work: the chunk's kernels in index order.
  auto consume = [&](std::vector<Item>& items) -> bool {
    for (size_t k = 0; k < items.size() && s.written < o.count; ++k) {
      Item& it = items[k];
      ++s.drawn;
      const uint64_t key = hash_key(it.hash);
      if (o.dedup && seen.contains(key)) {
        ++s.duplicates;
        continue;
      }
      const Compiled& c = it.compiled;
      if (c.declined) {
        ++s.declined;
        ++s.decline_reasons[c.declined->message];
      }
      if (it.line.empty()) {
        const std::string why = !it.failure.empty() ? it.failure
                                : c.ok              ? "kernel missing from the generated module"
                                                    : c.diagnostic.str();
        s.failures.push_back({it.index, it.kernel.preset, it.kernel.kernel_name, why});
        ++s.failure_reasons[it.failure_kind.empty() ? "compile" : it.failure_kind];
        continue;
      }
      const dataset::Split split = dataset::assign_split(it.hash, ratios);
      writer.add(split, it.line);
      seen.insert(key);
      ++s.written;
      ++s.per_split[dataset::split_name(split)];
      ++s.per_preset[it.kernel.preset];
      ++s.per_backend[std::string(backend_name(c.backend))];
      if (writer.should_commit()) checkpoint(writer.commit());
    }
    progress.update(s.written, s.failures.size(), s.duplicates);
    return s.written >= o.count;
  };

  // The engine (core/ordered_engine.h) consumes in index order whatever --jobs is. Kernels are drawn
  // only as far as `count` still needs: first exactly that many; once all of them are consumed and
  // dedup or failures left the run short, as many more as are missing.
  const int threads = std::max(1, o.jobs);
  run_ordered({threads, kChunk, 12 * static_cast<size_t>(threads)}, {s.drawn, s.drawn + (o.count - s.written)}, produce,
              consume, [&] {
                return IndexRange{s.drawn, s.drawn + (o.count - s.written)};
              });
  checkpoint(writer.commit());
  std::vector<dataset::ShardInfo> shards = writer.finish();
  progress.finish(s.written, s.failures.size(), s.duplicates);
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_manifest(o, presets, s, shards);
  dataset::CardInfo card;
  card.warp_version = s.warp_version;
  card.command_line = o.command_line;
  card.per_preset = s.per_preset;
  card.per_backend = s.per_backend;
  card.shards = shards;
  card.stats_markdown = "| | |\n|---|---|\n| kernels drawn | " + std::to_string(s.drawn) +
                        " |\n| structural duplicates dropped | " + std::to_string(s.duplicates) +
                        " |\n| failed (listed in manifest.json) | " + std::to_string(s.failures.size()) + " |\n";
  for (const auto& [reason, n] : s.failure_reasons)
    card.stats_markdown += "| failed: " + reason + " | " + std::to_string(n) + " |\n";
  card.stats_markdown +=
      "| native declines compiled by Warp | " + std::to_string(s.declined) +
      " |\n\nRun `warpsynth stats DIR` for builtins, features, size distributions and naturalness.\n";
  dataset::write_dataset_card(o.out, card);
  // Finished: the manifest now describes the dataset; the resume state has served its purpose.
  dataset::remove_checkpoint(o.out);
  return s;
}

}  // namespace ws::pipeline
