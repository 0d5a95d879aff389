// `warpsynth extract FILE.py...`: one JSON record per @wp.kernel of each file, on stdout. A file that
// fails is reported (FILE:LINE:COL) and makes the exit status non-zero; the other files still print.
// Under mpirun/srun the files are shared out among the ranks (file f to rank f mod K) and rank 0 prints
// every file's output in argument order, so the output is the same as one process's.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "core/mpi.h"
#include "pipeline/backend.h"
#include "pipeline/records.h"

namespace ws::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string kernel;
  std::string devices = "cpu,cuda";
  std::string backend = "warp";
  std::string as_path;
  bool full_module = false;
  int jobs = 1;
};

// What one file gives: its records (stdout) and its messages (stderr).
struct FileOutput {
  std::string records;
  std::string messages;
  bool failed = false;
};

int run_extract(const ExtractOptions& o) {
  if (!o.as_path.empty() && o.files.size() != 1) throw CLI::ValidationError("--as", "needs exactly one FILE");
  const size_t ranks = static_cast<size_t>(mpi::size()), rank = static_cast<size_t>(mpi::rank());
  std::vector<size_t> mine;  // indices into o.files of this rank's files
  std::vector<pipeline::Job> jobs;
  for (size_t f = rank; f < o.files.size(); f += ranks) {
    std::optional<std::string> source = read_source(o.files[f]);
    if (!source) {
      if (ranks > 1) mpi::abort(1);  // the other ranks would wait for this one's output
      return 1;
    }
    mine.push_back(f);
    jobs.push_back({std::move(*source), o.as_path.empty() ? o.files[f] : o.as_path});
  }

  pipeline::Backend backend(pipeline::parse_backend(o.backend), o.jobs, parse_devices(o.devices));
  std::vector<pipeline::Compiled> compiled = backend.compile(jobs);
  std::vector<FileOutput> outputs(jobs.size());
  for (size_t j = 0; j < jobs.size(); ++j) {
    const pipeline::Compiled& c = compiled[j];
    FileOutput& out = outputs[j];
    if (c.declined) out.messages += c.declined->str() + " (used the warp backend instead)\n";
    if (!c.ok) {
      out.messages += c.diagnostic.str() + "\n";
      out.failed = true;
      continue;
    }
    pipeline::RecordMeta meta;
    meta.python = jobs[j].source;
    meta.path = jobs[j].path;
    meta.preset = "extract";
    meta.warp_version = backend.warp_version();
    meta.full_module = o.full_module;
    std::vector<Record> records = pipeline::build_records(c, meta, o.kernel);
    if (records.empty()) {
      std::string names;
      for (const auto& k : c.ir.kernels) names += (names.empty() ? "" : ", ") + k.name;
      out.messages += o.files[mine[j]] + ": error: no kernel named '" + o.kernel + "' (kernels: " + names + ")\n";
      out.failed = true;
      continue;
    }
    for (size_t i = 0; i < records.size(); ++i) {
      records[i].index = i;
      out.records += to_json_line(records[i]);
    }
  }

  // Every file's output, in argument order: ranks send theirs to rank 0, which prints them all.
  std::vector<FileOutput> all(o.files.size());
  if (ranks == 1) {
    all = std::move(outputs);
  } else {
    nlohmann::json part = nlohmann::json::array();
    for (size_t j = 0; j < outputs.size(); ++j)
      part.push_back({mine[j], outputs[j].records, outputs[j].messages, outputs[j].failed});
    const std::vector<std::string> parts = mpi::gather(part.dump());
    for (const std::string& text : parts)
      for (const nlohmann::json& f : nlohmann::json::parse(text))
        all[f[0].get<size_t>()] = {f[1].get<std::string>(), f[2].get<std::string>(), f[3].get<bool>()};
    if (rank != 0) return 0;
  }
  int status = 0;
  for (const FileOutput& out : all) {
    std::fputs(out.messages.c_str(), stderr);
    std::cout << out.records;
    status = out.failed ? 1 : status;
  }
  std::cout.flush();
  return std::cout ? status : 1;
}

}  // namespace

void register_extract(CLI::App& app) {
  auto o = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Print one JSON record per @wp.kernel of each Python file");
  cmd->add_option("files", o->files, "Python files with Warp kernels (records come out in argument order)")->required();
  cmd->add_option("--kernel", o->kernel, "Only this kernel");
  cmd->add_option("--devices", o->devices, "Comma-separated devices: cpu, cuda")->capture_default_str();
  cmd->add_option("--backend", o->backend, "warp (real Warp) or native (C++ codegen; declines fall back to warp)")
      ->capture_default_str();
  cmd->add_option("--as", o->as_path,
                  "Virtual file name to compile under (appears in `// path:line` comments); default: FILE as given");
  cmd->add_flag("--full-module", o->full_module, "Also store each device's whole translation unit");
  add_number(cmd, "--jobs,-j", o->jobs, "Parallel workers for several files", 1, kMaxJobs);
  cmd->callback([o] { g_exit_code = run_extract(*o); });
}

}  // namespace ws::cli
