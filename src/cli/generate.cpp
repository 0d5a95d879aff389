// `warpsynth generate`: N kernels -> N training pairs in sharded, split, resumable output.
#include "pipeline/generate.h"

#include <cstdio>

#include "cli/commands.h"
#include "cli/flags.h"
#include "core/mpi.h"
#include "core/parallel.h"
#include "dataset/checkpoint.h"
#include "dataset/shard_format.h"

namespace ws::cli {
namespace {

struct GenerateFlags {
  pipeline::GenerateOptions options;
  std::string devices = "cpu,cuda";
  std::string backend = "native";  // declines fall back to real Warp, so output is always exact
  std::string ir = "full";
  bool no_dedup = false;
  uint64_t shard_mb = 256;
  std::string verify = "none";
  std::string format = "jsonl.zst";
  CLI::Option* jobs = nullptr;
};

int run_generate(GenerateFlags& f) {
  pipeline::GenerateOptions& o = f.options;
  o.devices = parse_devices(f.devices);
  o.backend = pipeline::parse_backend(f.backend);
  if (f.ir != "full" && f.ir != "none") throw CLI::ValidationError("--ir", "expected full or none");
  o.with_ir = f.ir == "full";
  o.dedup = !f.no_dedup;
  if (f.verify != "none" && f.verify != "run") throw CLI::ValidationError("--verify", "expected none or run");
  o.verify = f.verify == "run";
  o.format = parse_format_flag(f.format);
  o.shard_bytes = f.shard_mb << 20;
  o.command_line = g_command_line;
  // Ranks sharing a node share its cores.
  if (mpi::active() && f.jobs->count() == 0) o.jobs = std::max(1, hardware_threads() / mpi::local_size());
  try {
    pipeline::GenerateSummary s = pipeline::generate(o);
    if (mpi::rank() != 0) return 0;
    std::printf("wrote %llu records to %s (%.1f s, %.0f pairs/s)\n", static_cast<unsigned long long>(s.written),
                o.out.c_str(), s.seconds, s.seconds > 0 ? static_cast<double>(s.written) / s.seconds : 0.0);
    std::printf("  splits:");
    for (const auto& [k, v] : s.per_split) std::printf(" %s=%llu", k.c_str(), static_cast<unsigned long long>(v));
    std::printf("\n  backends:");
    for (const auto& [k, v] : s.per_backend) std::printf(" %s=%llu", k.c_str(), static_cast<unsigned long long>(v));
    std::printf("\n  drawn %llu, structural duplicates dropped %llu, failed %zu, native declined %llu\n",
                static_cast<unsigned long long>(s.drawn), static_cast<unsigned long long>(s.duplicates),
                s.failures.size(), static_cast<unsigned long long>(s.declined));
    if (!s.failure_reasons.empty()) {
      std::printf("  failures by reason:");
      for (const auto& [k, v] : s.failure_reasons)
        std::printf(" %s=%llu", k.c_str(), static_cast<unsigned long long>(v));
      std::printf("\n");
    }
    for (size_t i = 0; i < s.failures.size() && i < 5; ++i)
      std::printf("  failed #%llu (%s): %s\n", static_cast<unsigned long long>(s.failures[i].index),
                  s.failures[i].preset.c_str(), s.failures[i].reason.c_str());
    if (s.ranks > 0)
      std::printf(
          "  %d MPI ranks, %llu windows; dedup exchange between ranks: %llu bytes (%.1f per drawn kernel), "
          "%.3f s per rank\n",
          s.ranks, static_cast<unsigned long long>(s.windows), static_cast<unsigned long long>(s.exchange_bytes),
          s.drawn > 0 ? static_cast<double>(s.exchange_bytes) / static_cast<double>(s.drawn) : 0.0, s.exchange_seconds);
    std::printf("  manifest: %s/manifest.json, dataset card: %s/README.md\n", o.out.c_str(), o.out.c_str());
    return 0;
  } catch (const std::exception& e) {
    if (mpi::size() > 1) {
      // The other ranks may be waiting for this one in a collective: end them all.
      std::fprintf(stderr, "warpsynth generate: rank %d: error: %s\n", mpi::rank(), e.what());
      if (mpi::rank() == 0 && !o.out.empty() && dataset::has_checkpoint(o.out))
        std::fprintf(stderr,
                     "warpsynth generate: windows committed before the error are kept in %s; rerun with --resume "
                     "and the same number of ranks to continue\n",
                     o.out.c_str());
      mpi::abort(1);
    }
    std::fprintf(stderr, "warpsynth generate: error: %s\n", e.what());
    // Only worth saying when a checkpoint exists, i.e. when something was committed.
    if (!o.out.empty() && dataset::has_checkpoint(o.out))
      std::fprintf(stderr,
                   "warpsynth generate: shards committed before the error are kept in %s; "
                   "rerun with --resume to continue\n",
                   o.out.c_str());
    return 1;
  }
}

}  // namespace

void register_generate(CLI::App& app) {
  auto f = std::make_shared<GenerateFlags>();
  pipeline::GenerateOptions& o = f->options;
  CLI::App* cmd = app.add_subcommand("generate", "Generate random Warp kernels and their generated C++/CUDA");
  add_number(cmd, "--count", o.count, "Records to write (failures and duplicates are replaced)", 1, kMaxCount);
  add_number(cmd, "--seed", o.seed, "Global seed: kernel i is drawn from (seed, i)", 0);
  cmd->add_option("--out", o.out, "Output directory")->required();
  cmd->add_option("--preset", o.presets, "Restrict to these presets (repeatable; default: all)");
  cmd->add_option("--devices", f->devices, "Comma-separated devices: cpu, cuda")->capture_default_str();
  o.jobs = hardware_threads();
  f->jobs = add_number(cmd, "--jobs,-j", o.jobs,
                       "Parallel workers (default: hardware threads; under MPI, divided among the node's ranks)", 1,
                       kMaxJobs);
  cmd->add_option("--backend", f->backend, "warp (real Warp workers) or native (C++ codegen, declines go to warp)")
      ->capture_default_str();
  cmd->add_option("--ir", f->ir, "full: Python and IR; none: Python only (fast)")->capture_default_str();
  cmd->add_flag("--full-module", o.full_module, "Also store each device's whole translation unit");
  cmd->add_flag("--no-dedup", f->no_dedup, "Keep structural duplicates");
  cmd->add_option("--verify", f->verify,
                  "run: run every kernel forward and backward on the CPU under its launch contract (bounds-checked, "
                  "UBSan; Warp's headers, clang); failures are replaced by the next draw and verified records get a "
                  "`verification` field")
      ->capture_default_str();
  cmd->add_option("--warp-include", o.warp_include,
                  "Warp's native headers for --verify run (default: warp/native of the .venv's warp package)");
  cmd->add_option("--split", o.split_ratios, "train,validation,test ratios")->capture_default_str();
  add_number(cmd, "--shard-mb", f->shard_mb, "Uncompressed MiB written between shard commits", 1, 1 << 20);
  add_number(cmd, "--zstd-level", o.zstd_level, "zstd compression level (of the shards, or of Parquet's columns)", 1,
             22);
  add_format(cmd, f->format);
  add_number(cmd, "--rank-window", o.rank_window,
             "Under mpirun/srun: indices per rank in each window of the global dedup (memory per rank, and one "
             "shard per split per rank per window)",
             32, uint64_t{1} << 24);
  cmd->add_flag("--resume", o.resume, "Continue a killed run in --out (same options; under MPI, the same rank count)");
  cmd->add_flag("--force", o.force, "Overwrite an existing dataset in --out");
  cmd->add_flag("--quiet,-q", o.quiet, "No progress line");
  cmd->callback([f] { g_exit_code = run_generate(*f); });
}

}  // namespace ws::cli
