// `warpsynth bench`: throughput of the pipeline and its parts, always as ratios against the reference
// measured in the same run on the same kernels.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "cli/commands.h"
#include "cli/flags.h"
#include "codegen/native.h"
#include "dataset/shard_format.h"
#include "dataset/shard_reader.h"
#include "dataset/shard_writer.h"
#include "dataset/split.h"
#include "pipeline/backend.h"
#include "pipeline/generate.h"
#include "pipeline/kernel_stream.h"

namespace ws::cli {
namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

constexpr uint64_t kMaxBenchCount = 100'000'000;  // every kernel is held in memory

struct BenchOptions {
  uint64_t count = 500;
  uint64_t seed = 1;
  int jobs = 2;
  std::vector<std::string> presets;
  bool end_to_end = false;
  bool verify = false;
  int rounds = 3;
};

struct EndToEndRound {
  double e2e = 0;         // pairs/s of the whole generate run
  double write_only = 0;  // pairs/s compressing and writing the same records alone (jsonl.zst)
  double parquet = 0;     // pairs/s writing the same records as Parquet shards; 0 in a build without Parquet
  uint64_t pairs = 0;
};

// The generate run a bench round times: native backend, quiet, into a temporary `dir` it may overwrite.
pipeline::GenerateOptions bench_run(const BenchOptions& o, const std::filesystem::path& dir) {
  pipeline::GenerateOptions g;
  g.count = o.count;
  g.seed = o.seed;
  g.out = dir;
  g.presets = o.presets;
  g.jobs = o.jobs;
  g.backend = BackendKind::Native;
  g.quiet = true;
  g.force = true;
  return g;
}

// Every record of the dataset in `dir` read back (in batches, so memory stays bounded) and written
// again as a dataset of `format` into `dir`-write; only the encode-and-write part is timed. Returns
// records per second.
double write_only(const pipeline::GenerateOptions& g, dataset::ShardFormat format, uint64_t written) {
  constexpr size_t kBatch = 1000;
  const auto wdir = g.out.string() + "-write";
  std::filesystem::remove_all(wdir);
  std::filesystem::create_directories(wdir);
  double write_s = 0;
  uint64_t rewritten = 0;
  {
    dataset::DatasetWriter w({.dir = wdir, .shard_bytes = g.shard_bytes, .zstd_level = g.zstd_level, .format = format});
    std::vector<std::pair<dataset::Split, std::string>> batch;
    auto write_batch = [&] {
      const auto t = Clock::now();
      for (auto& [split, line] : batch) w.add(split, line);
      write_s += since(t);
      rewritten += batch.size();
      batch.clear();
    };
    for (const auto& shard : dataset::list_shards(g.out)) {
      const std::string name = shard.filename().string();
      const dataset::Split split = dataset::split_from_name(name.substr(0, name.find('-')));
      dataset::for_each_line(shard, [&](std::string_view line) {
        batch.emplace_back(split, std::string(line) + '\n');
        if (batch.size() == kBatch) write_batch();
      });
    }
    write_batch();
    const auto t = Clock::now();
    w.finish();
    write_s += since(t);
  }
  std::filesystem::remove_all(wdir);
  if (rewritten != written)
    throw std::runtime_error("bench: read back " + std::to_string(rewritten) + " records of " +
                             std::to_string(written));
  return static_cast<double>(rewritten) / write_s;
}

// One round: a generate run into a temporary dir, then its records written again alone, as jsonl.zst
// and (when built in) as Parquet, back to back.
EndToEndRound end_to_end_round(const BenchOptions& o, int round) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("warpsynth-bench-" + std::to_string(getpid()) + "-" + std::to_string(round));
  const pipeline::GenerateOptions g = bench_run(o, dir);
  const pipeline::GenerateSummary s = pipeline::generate(g);
  EndToEndRound r{static_cast<double>(s.written) / s.seconds, 0, 0, s.written};
  r.write_only = write_only(g, dataset::ShardFormat::JsonlZst, s.written);
  if (dataset::parquet_built_in()) r.parquet = write_only(g, dataset::ShardFormat::Parquet, s.written);
  std::filesystem::remove_all(dir);
  return r;
}

// The machine's speed drifts by tens of percent over seconds, so one end-to-end run and one
// write-only run can land in different weather. Each round times the two back to back; the round
// with the median ratio is reported, and every round is printed.
void end_to_end(const BenchOptions& o) {
  std::vector<EndToEndRound> rounds;
  for (int r = 0; r < o.rounds; ++r) {
    rounds.push_back(end_to_end_round(o, r));
    const EndToEndRound& last = rounds.back();
    std::fprintf(stderr, "round %d: end-to-end %.0f pairs/s, write-only %.0f pairs/s, ratio %.2f", r + 1, last.e2e,
                 last.write_only, last.e2e / last.write_only);
    if (last.parquet > 0)
      std::fprintf(stderr, "; parquet write-only %.0f pairs/s, parquet / jsonl.zst %.2f", last.parquet,
                   last.parquet / last.write_only);
    std::fprintf(stderr, "\n");
  }
  std::vector<EndToEndRound> sorted = rounds;
  std::sort(sorted.begin(), sorted.end(),
            [](const EndToEndRound& a, const EndToEndRound& b) { return a.e2e / a.write_only < b.e2e / b.write_only; });
  const EndToEndRound& m = sorted[sorted.size() / 2];
  std::printf("end-to-end: %.0f pairs/s (%llu pairs, native backend, %d jobs, cpu+cuda, compressed)\n", m.e2e,
              static_cast<unsigned long long>(m.pairs), o.jobs);
  std::printf("write-only: %.0f pairs/s (the same %llu records: serialize excluded, compress + write)\n", m.write_only,
              static_cast<unsigned long long>(m.pairs));
  std::printf("end-to-end / write-only: %.2f (median of %d rounds)\n", m.e2e / m.write_only, o.rounds);
  if (dataset::parquet_built_in()) {
    // Its own median: the round whose Parquet / jsonl.zst ratio is the median one.
    std::sort(sorted.begin(), sorted.end(), [](const EndToEndRound& a, const EndToEndRound& b) {
      return a.parquet / a.write_only < b.parquet / b.write_only;
    });
    const EndToEndRound& p = sorted[sorted.size() / 2];
    std::printf(
        "parquet write-only: %.0f pairs/s (the same records, JSON parse + Arrow columns + zstd + write); "
        "parquet / jsonl.zst: %.2f (median of %d rounds)\n",
        p.parquet, p.parquet / p.write_only, o.rounds);
  } else {
    std::printf("parquet: not built in\n");
  }
}

// generate --verify run against plain generate on the same kernels, back to back in each round (the
// machine's speed drifts); the round with the median verified rate is reported.
void verify_rate(const BenchOptions& o) {
  struct Round {
    double verified = 0, plain = 0;
  };
  std::vector<Round> rounds;
  for (int r = 0; r < o.rounds; ++r) {
    auto run = [&](bool verify) {
      pipeline::GenerateOptions g =
          bench_run(o, std::filesystem::temp_directory_path() /
                           ("warpsynth-bench-" + std::to_string(getpid()) + (verify ? "-verify" : "-plain")));
      g.devices = {Device::Cpu};  // --verify run runs the cpu module
      g.verify = verify;
      const pipeline::GenerateSummary s = pipeline::generate(g);
      std::filesystem::remove_all(g.out);
      return static_cast<double>(s.written) / s.seconds;
    };
    rounds.push_back({run(true), run(false)});
    std::fprintf(stderr, "round %d: verified %.1f pairs/s, plain %.0f pairs/s\n", r + 1, rounds.back().verified,
                 rounds.back().plain);
  }
  std::sort(rounds.begin(), rounds.end(), [](const Round& a, const Round& b) { return a.verified < b.verified; });
  const Round& m = rounds[rounds.size() / 2];
  std::printf("generate --verify run: %.1f pairs/s (%llu pairs, native backend, cpu, %d jobs)\n", m.verified,
              static_cast<unsigned long long>(o.count), o.jobs);
  std::printf("generate (no verification, cpu): %.0f pairs/s; verified / plain: %.3f (median of %d rounds)\n", m.plain,
              m.verified / m.plain, o.rounds);
}

int run_bench(const BenchOptions& o) {
  if (o.verify) {
    verify_rate(o);
    return 0;
  }
  if (o.end_to_end) {  // the pipeline against its own write-only floor; real Warp is not involved
    end_to_end(o);
    return 0;
  }
  auto t = Clock::now();
  // Kernels 0..count-1 of the run `generate --seed` draws.
  std::vector<pipeline::Job> jobs = pipeline::KernelStream(o.seed, o.presets).jobs(0, o.count);
  const double gen_s = since(t);
  std::printf("kernels: %llu (seed %llu), generated in %.3f s (%.0f kernels/s)\n",
              static_cast<unsigned long long>(o.count), static_cast<unsigned long long>(o.seed), gen_s,
              static_cast<double>(o.count) / gen_s);

  // Reference: real Warp through the worker pool.
  pipeline::Backend reference(BackendKind::Warp, o.jobs, {Device::Cpu, Device::Cuda});
  reference.warp_version();  // start the workers outside the timed region
  t = Clock::now();
  std::vector<pipeline::Compiled> ref = reference.compile(jobs);
  const double ref_wall = since(t);
  double warp_cpu = 0;
  size_t ref_ok = 0;
  for (const auto& c : ref) {
    warp_cpu += c.warp_seconds;
    ref_ok += c.ok;
  }
  std::printf("reference pipeline (%d workers): %.0f pairs/s (%zu ok)\n", o.jobs,
              static_cast<double>(ref_ok) / ref_wall, ref_ok);
  std::printf("Warp codegen only: %.2f ms/kernel, %.0f kernels/s per core (cpu+cuda)\n",
              1e3 * warp_cpu / static_cast<double>(jobs.size()), static_cast<double>(jobs.size()) / warp_cpu);

  // Native on one thread, on the kernels it accepts; compared with Warp's own time on the same kernels.
  // A native pass over a few hundred kernels lasts tens of milliseconds, so one preemption on a busy
  // machine can double it: the passes are repeated and the median pass counts (Warp's single pass
  // lasts seconds and averages such noise out by itself).
  constexpr int kNativePasses = 5;
  std::vector<char> accepted_kernel(jobs.size(), 0);
  std::vector<double> pass_s;
  for (int pass = 0; pass < kNativePasses; ++pass) {
    double total = 0;
    for (size_t i = 0; i < jobs.size(); ++i) {
      t = Clock::now();
      codegen::NativeResult r = codegen::compile(jobs[i].source, jobs[i].path, {Device::Cpu, Device::Cuda});
      const double dt = since(t);
      accepted_kernel[i] = r.ok;
      if (r.ok) total += dt;
    }
    pass_s.push_back(total);
  }
  size_t accepted = 0;
  double warp_same = 0;
  for (size_t i = 0; i < jobs.size(); ++i) {
    if (!accepted_kernel[i]) continue;
    ++accepted;
    warp_same += ref[i].warp_seconds;
  }
  std::vector<double> sorted = pass_s;
  std::sort(sorted.begin(), sorted.end());
  const double native_s = sorted[sorted.size() / 2];
  std::printf("native: accepted %zu/%zu", accepted, jobs.size());
  if (accepted) {
    std::printf(", %.1f us/kernel, %.0f kernels/s per core (cpu+cuda); median of %d passes (us/kernel:",
                1e6 * native_s / static_cast<double>(accepted), static_cast<double>(accepted) / native_s,
                kNativePasses);
    for (double p : pass_s) std::printf(" %.1f", 1e6 * p / static_cast<double>(accepted));
    std::printf(")\n");
    std::printf("speedup native/reference: %.1fx\n", warp_same / native_s);
  } else {
    std::printf("\n");
  }
  return 0;
}

}  // namespace

void register_bench(CLI::App& app) {
  auto o = std::make_shared<BenchOptions>();
  CLI::App* cmd = app.add_subcommand("bench", "Measure throughput: reference vs native, and end to end");
  add_number(cmd, "--count", o->count, "Kernels to measure", 1, kMaxBenchCount);
  add_number(cmd, "--seed", o->seed, "Seed for the kernels", 0);
  add_number(cmd, "--jobs,-j", o->jobs, "Reference workers / native threads", 1, kMaxJobs);
  cmd->add_option("--preset", o->presets, "Restrict to these presets (repeatable)");
  CLI::Option* e2e = cmd->add_flag(
      "--end-to-end", o->end_to_end,
      "Time the whole generate pipeline against compress+write alone, and Parquet shards against jsonl.zst "
      "(instead of native vs Warp)");
  cmd->add_flag("--verify", o->verify,
                "Time generate --verify run against plain generate on the same kernels (cpu device)")
      ->excludes(e2e);
  add_number(cmd, "--rounds", o->rounds, "With --end-to-end or --verify: rounds of both runs; the median is reported",
             1, 99);
  cmd->callback([o] { g_exit_code = run_bench(*o); });
}

}  // namespace ws::cli
