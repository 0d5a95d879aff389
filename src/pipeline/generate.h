// The `generate` pipeline: draw kernel i from Rng(seed, i), drop structural duplicates, compile with
// the chosen backend, and write records in index order into split shards, committing (and
// checkpointing) at shard boundaries so a killed run resumes to byte-identical output.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "dataset/shard_format.h"
#include "pipeline/backend.h"

namespace ws::pipeline {

struct GenerateOptions {
  uint64_t count = 100;
  uint64_t seed = 0;
  std::filesystem::path out;
  std::vector<std::string> presets;  // empty: every preset
  std::vector<Device> devices = {Device::Cpu, Device::Cuda};
  int jobs = 1;
  BackendKind backend = BackendKind::Native;
  bool with_ir = true;  // false: --ir none, records hold the Python only
  bool full_module = false;
  bool verify = false;                 // --verify run: run every kernel on the CPU under its contract (verify/verify.h)
  std::filesystem::path warp_include;  // --warp-include: Warp's native headers (default: the .venv's)
  bool dedup = true;
  std::string split_ratios = "0.9,0.05,0.05";
  uint64_t shard_bytes = 256ull << 20;
  int zstd_level = 1;  // on this data level 1 is both faster and smaller than 3
  dataset::ShardFormat format = dataset::ShardFormat::JsonlZst;  // --format
  bool resume = false;
  bool force = false;
  bool quiet = false;
  // Under MPI: indices per rank in each window of the global dedup (generate_mpi.h).
  uint64_t rank_window = 2048;
  std::string command_line;  // for the manifest and the dataset card
  // The Warp workers (for --backend warp and native declines): the Python package runs them with its
  // own interpreter and its copy of the worker script. Never part of the records' bytes.
  reference::PoolOptions pool = reference::default_pool_options();
};

struct Failure {
  uint64_t index;
  std::string preset;
  std::string kernel_name;
  std::string reason;
};

struct GenerateSummary {
  uint64_t written = 0;
  uint64_t drawn = 0;  // indices consumed (written + duplicates + failures)
  uint64_t duplicates = 0;
  std::vector<Failure> failures;
  uint64_t declined = 0;  // native declines that Warp compiled instead
  std::map<std::string, uint64_t> per_split, per_preset, per_backend, decline_reasons;
  std::map<std::string, uint64_t> failure_reasons;  // "compile", "verify: oob", ...: failures by kind
  double seconds = 0;
  std::string warp_version;
  int ranks = 0;                // MPI ranks of the job; 0 when started without MPI
  uint64_t exchange_bytes = 0;  // under MPI: dedup bytes sent between different ranks, both ways
  double exchange_seconds = 0;  // under MPI: time in the dedup exchange (its two all-to-alls), mean over ranks
  uint64_t windows = 0;         // under MPI: windows of the job (each ends with one exchange)
};

// Throws std::runtime_error on fatal errors (bad options, unwritable output); committed shards survive.
// Under an MPI launcher (core/mpi.h) every rank calls it: see pipeline/generate_mpi.h. The job's
// summary is returned on rank 0, each other rank's own share on the others.
GenerateSummary generate(const GenerateOptions& options);

}  // namespace ws::pipeline
