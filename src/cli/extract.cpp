// `warpsynth extract PATH...`: one JSON record per @wp.kernel of each Python file (directories are
// walked: pipeline/file_walk.h), on stdout, or with --out as a dataset directory like generate's. Each
// file is compiled inside its project (pipeline/project.h), and its records carry their provenance. A
// file that fails is reported (FILE:LINE:COL) and the others still go through. Under mpirun/srun the
// files are shared out among the ranks (file f to rank f mod K) and rank 0 prints every file's output
// in file order, so the output is the same as one process's.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "core/mpi.h"
#include "dataset/file_io.h"
#include "dataset/record.h"
#include "pipeline/backend.h"
#include "pipeline/extract_dataset.h"
#include "pipeline/extract_records.h"
#include "pipeline/file_walk.h"

namespace ws::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string root;
  std::string kernel;
  std::string devices = "cpu,cuda";
  std::string backend = "warp";
  std::string as_path;
  bool full_module = false;
  int jobs = 1;
  pipeline::ExtractDatasetOptions dataset;
  uint64_t shard_mb = 256;
  bool no_dedup = false;
  std::string format = "jsonl.zst";
};

// Files compiled per batch: the Warp workers get enough to share, and memory stays flat in the tree's size.
constexpr size_t kBatch = 64;

using pipeline::ExtractedFile;

// Compiles files[which[0]], files[which[1]], ... and builds their records.
std::vector<ExtractedFile> extract_files(const ExtractOptions& o, const std::vector<std::string>& files,
                                         const std::vector<size_t>& which, pipeline::Backend& backend) {
  std::vector<ExtractedFile> outputs(which.size());
  std::vector<pipeline::Job> jobs;
  std::vector<size_t> job_of;  // index into outputs of each job
  const std::optional<std::filesystem::path> root =
      o.root.empty() ? std::nullopt : std::optional<std::filesystem::path>(o.root);
  for (size_t w = 0; w < which.size(); ++w) {
    const std::string& file = files[which[w]];
    ExtractedFile& out = outputs[w];
    out.file = file;
    try {
      pipeline::Job job{dataset::read_file(file), o.as_path.empty() ? file : o.as_path};
      job.project = pipeline::locate_project(file, root);
      jobs.push_back(std::move(job));
      job_of.push_back(w);
    } catch (const std::exception& e) {
      const std::string what = e.what();
      out.failure = what.starts_with(file + ":") ? what : file + ": error: cannot read file (" + what + ")";
      out.messages = out.failure + "\n";
    }
  }
  std::vector<pipeline::Compiled> compiled = backend.compile(jobs);
  for (size_t j = 0; j < jobs.size(); ++j) {
    const pipeline::Compiled& c = compiled[j];
    ExtractedFile& out = outputs[job_of[j]];
    out.backend = c.backend;
    out.declined = c.declined;
    if (c.declined) out.messages += c.declined->str() + " (used the warp backend instead)\n";
    if (!c.ok) {
      out.failure = c.diagnostic.str();
      out.environment = c.diagnostic.kind == DiagnosticKind::Environment;
      out.messages += out.failure + "\n";
      continue;
    }
    std::vector<Record> records =
        pipeline::extract_records(c, jobs[j], backend.warp_version(), o.full_module, o.kernel);
    if (records.empty()) {
      std::string names;
      for (const auto& k : c.ir.kernels) names += (names.empty() ? "" : ", ") + k.name;
      out.failure = files[which[job_of[j]]] + ": error: no kernel named '" + o.kernel + "' (kernels: " + names + ")";
      out.messages += out.failure + "\n";
      continue;
    }
    out.struct_hash = records[0].struct_hash;
    out.kernels = records.size();
    for (const Record& r : records) out.records += to_json_line(r);
  }
  return outputs;
}

// --out: the records go through dedup and splits into a dataset directory.
int write_dataset(const ExtractOptions& o, const std::vector<std::string>& files) {
  if (mpi::size() > 1) {
    if (mpi::rank() == 0)
      std::fprintf(stderr,
                   "warpsynth extract: error: --out writes its dataset from one process; run it without mpirun/srun "
                   "(without --out, extract shares the files among the ranks)\n");
    return 1;
  }
  pipeline::ExtractDatasetOptions d = o.dataset;
  d.shard_bytes = o.shard_mb << 20;
  d.dedup = !o.no_dedup;
  d.format = parse_format_flag(o.format);
  d.command_line = g_command_line;
  d.options = {{"paths", o.paths},     {"root", o.root},
               {"kernel", o.kernel},   {"devices", device_names(parse_devices(o.devices))},
               {"backend", o.backend}, {"full_module", o.full_module}};
  try {
    pipeline::Backend backend(pipeline::parse_backend(o.backend), o.jobs, parse_devices(o.devices));
    pipeline::ExtractDataset out(d, backend.warp_version());
    for (size_t first = 0; first < files.size(); first += kBatch) {
      std::vector<size_t> which;
      for (size_t f = first; f < std::min(files.size(), first + kBatch); ++f) which.push_back(f);
      for (const ExtractedFile& f : extract_files(o, files, which, backend)) {
        std::fputs(f.messages.c_str(), stderr);
        out.add(f);
      }
    }
    const pipeline::ExtractSummary s = out.finish();
    auto n = [](uint64_t v) { return static_cast<unsigned long long>(v); };
    std::printf("wrote %llu records from %llu files to %s (%.1f s)\n", n(s.written), n(s.files), d.out.c_str(),
                s.seconds);
    std::printf("  splits:");
    for (const auto& [k, v] : s.per_split) std::printf(" %s=%llu", k.c_str(), n(v));
    std::printf("\n  backends:");
    for (const auto& [k, v] : s.per_backend) std::printf(" %s=%llu", k.c_str(), n(v));
    std::printf("\n  %llu kernels, structural duplicates dropped %llu, native declined %llu files\n", n(s.kernels),
                n(s.duplicates), n(s.declined));
    std::printf("  failed %llu files (%llu of them: Warp cannot import them here), listed in manifest.json\n",
                n(s.failed), n(s.environment));
    std::printf("  manifest: %s/manifest.json, dataset card: %s/README.md\n", d.out.c_str(), d.out.c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "warpsynth extract: error: %s\n", e.what());
    return 1;
  }
}

int run_extract(const ExtractOptions& o) {
  const std::vector<std::string> files = pipeline::find_python_files(o.paths);
  if (!o.as_path.empty() && files.size() != 1) throw CLI::ValidationError("--as", "needs exactly one FILE");
  if (!o.dataset.out.empty()) return write_dataset(o, files);
  const size_t ranks = static_cast<size_t>(mpi::size()), rank = static_cast<size_t>(mpi::rank());
  std::vector<size_t> mine;  // indices into files of this rank's files
  for (size_t f = rank; f < files.size(); f += ranks) mine.push_back(f);
  pipeline::Backend backend(pipeline::parse_backend(o.backend), o.jobs, parse_devices(o.devices));
  std::vector<ExtractedFile> outputs = extract_files(o, files, mine, backend);

  // Every file's output, in file order: ranks send theirs to rank 0, which prints them all.
  std::vector<ExtractedFile> all(files.size());
  if (ranks == 1) {
    all = std::move(outputs);
  } else {
    nlohmann::json part = nlohmann::json::array();
    for (size_t j = 0; j < outputs.size(); ++j)
      part.push_back({mine[j], outputs[j].records, outputs[j].messages, !outputs[j].failure.empty()});
    const std::vector<std::string> parts = mpi::gather(part.dump());
    for (const std::string& text : parts)
      for (const nlohmann::json& f : nlohmann::json::parse(text)) {
        ExtractedFile& out = all[f[0].get<size_t>()];
        out.records = f[1].get<std::string>();
        out.messages = f[2].get<std::string>();
        if (f[3].get<bool>()) out.failure = "failed";
      }
    if (rank != 0) return 0;
  }
  int status = 0;
  for (const ExtractedFile& out : all) {
    std::fputs(out.messages.c_str(), stderr);
    std::cout << out.records;
    status = out.failure.empty() ? status : 1;
  }
  std::cout.flush();
  return std::cout ? status : 1;
}

}  // namespace

void register_extract(CLI::App& app) {
  auto o = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Print one JSON record per @wp.kernel of each Python file (or write a dataset with --out)");
  cmd->add_option("paths", o->paths,
                  "Python files, or directories to walk for *.py files with kernels (records come out in this "
                  "order, each directory's files sorted by path)")
      ->required();
  cmd->add_option("--root", o->root,
                  "The project's root (the directory on sys.path): files are imported under their dotted path "
                  "from it; default: found from each file (its packages' __init__.py, else pyproject.toml/"
                  "setup.py/setup.cfg)");
  cmd->add_option("--kernel", o->kernel, "Only this kernel");
  cmd->add_option("--devices", o->devices, "Comma-separated devices: cpu, cuda")->capture_default_str();
  cmd->add_option("--backend", o->backend, "warp (real Warp) or native (C++ codegen; declines fall back to warp)")
      ->capture_default_str();
  cmd->add_option("--as", o->as_path,
                  "Virtual file name to compile under (appears in `// path:line` comments); default: FILE as given");
  cmd->add_flag("--full-module", o->full_module, "Also store each device's whole translation unit");
  add_number(cmd, "--jobs,-j", o->jobs, "Parallel workers for several files", 1, kMaxJobs);
  CLI::Option* out = cmd->add_option(
      "--out", o->dataset.out,
      "Write a dataset directory (shards, manifest.json, README.md) like generate's instead of printing");
  cmd->add_flag("--force", o->dataset.force, "With --out: overwrite an existing dataset there");
  cmd->add_flag("--no-dedup", o->no_dedup, "With --out: keep files whose structure an earlier file already has");
  cmd->add_option("--split", o->dataset.split_ratios, "With --out: train,validation,test ratios")
      ->capture_default_str();
  add_number(cmd, "--shard-mb", o->shard_mb, "With --out: uncompressed MiB written between shard commits", 1, 1 << 20);
  add_number(cmd, "--zstd-level", o->dataset.zstd_level,
             "With --out: zstd compression level (of the shards, or of Parquet's columns)", 1, 22);
  add_format(cmd, o->format, "With --out: ");
  // The dataset's flags mean nothing without one: say so rather than print records as if they applied.
  for (const char* name : {"--force", "--no-dedup", "--split", "--shard-mb", "--zstd-level", "--format"})
    cmd->get_option(name)->needs(out);
  cmd->callback([o] { g_exit_code = run_extract(*o); });
}

}  // namespace ws::cli
