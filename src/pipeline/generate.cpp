#include "pipeline/generate.h"

#include <stdexcept>

#include "core/mpi.h"
#include "dataset/checkpoint.h"
#include "dataset/output_dir.h"
#include "dataset/seen_set.h"
#include "dataset/shard_writer.h"
#include "pipeline/generate_mpi.h"
#include "pipeline/generate_output.h"
#include "pipeline/generate_run.h"
#include "pipeline/local_run.h"
#include "pipeline/progress.h"
#include "pipeline/summary.h"

namespace ws::pipeline {
namespace {

// One process: the whole index range on this process's threads, dedup against one set.
GenerateSummary generate_local(GenerateRun& run) {
  const GenerateOptions& o = run.options;
  dataset::prepare_output_dir(o.out, o.resume, o.force);
  run.start_backend();
  GenerateSummary s;
  s.warp_version = run.warp_version;
  const std::string print = fingerprint(o, run.stream.presets(), s.warp_version, 0);

  // Resume: restore the counters, the dedup set and the committed shards of the last checkpoint.
  dataset::SeenSet seen;
  std::vector<dataset::ShardInfo> committed;
  if (o.resume) {
    dataset::Checkpoint cp = dataset::load_checkpoint(o.out, print, seen);
    restore_counters(cp.counters, s);
    committed = cp.shards;
  }
  dataset::DatasetWriter writer(
      {.dir = o.out, .shard_bytes = o.shard_bytes, .zstd_level = o.zstd_level, .format = o.format}, committed);
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

  run_local(
      run, seen, s,
      [&](Item& item, dataset::Split split) {
        writer.add(split, item.line);
        if (writer.should_commit()) checkpoint(writer.commit());
      },
      [&] {
        progress.update(s.written, s.failures.size(), s.duplicates);
        return false;
      });
  checkpoint(writer.commit());
  std::vector<dataset::ShardInfo> shards = writer.finish();
  progress.finish(s.written, s.failures.size(), s.duplicates);
  s.seconds = run.seconds();
  write_outputs(o, run.stream.presets(), s, shards, 0);
  // Finished: the manifest now describes the dataset; the resume state has served its purpose.
  dataset::remove_checkpoint(o.out);
  return s;
}

}  // namespace

GenerateRun::GenerateRun(const GenerateOptions& o)
    : options(o),
      start(std::chrono::steady_clock::now()),
      stream(o.seed, o.presets),
      ratios(dataset::SplitRatios::parse(o.split_ratios)) {
  if (o.count == 0) throw std::invalid_argument("--count must be at least 1");
  if (o.verify) {
    bool cpu = false;
    for (const Device d : o.devices) cpu = cpu || d == Device::Cpu;
    if (!cpu || !o.with_ir) throw std::invalid_argument("--verify run needs the cpu device and --ir full");
    verify_options.warp_include = verify::find_warp_include(o.warp_include);
  }
}

void GenerateRun::start_backend() {
  const GenerateOptions& o = options;
  backend = std::make_unique<Backend>(o.backend, o.jobs, o.devices, o.pool);
  warp_version = o.with_ir ? backend->warp_version() : std::string(WS_WARP_VERSION);
  producer = std::make_unique<Producer>(options, stream, *backend, verify_options, warp_version);
}

double GenerateRun::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

GenerateSummary generate(const GenerateOptions& o) {
  GenerateRun run(o);
  return mpi::active() ? generate_mpi(run) : generate_local(run);
}

}  // namespace ws::pipeline
