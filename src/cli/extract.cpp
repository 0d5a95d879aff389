// `warpsynth extract FILE.py...`: one JSON record per @wp.kernel of each file, on stdout. A file that
// fails is reported (FILE:LINE:COL) and makes the exit status non-zero; the other files still print.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/flags.h"
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

int run_extract(const ExtractOptions& o) {
  if (!o.as_path.empty() && o.files.size() != 1) throw CLI::ValidationError("--as", "needs exactly one FILE");
  std::vector<pipeline::Job> jobs;
  for (const std::string& file : o.files) {
    std::optional<std::string> source = read_source(file);
    if (!source) return 1;
    jobs.push_back({std::move(*source), o.as_path.empty() ? file : o.as_path});
  }

  pipeline::Backend backend(pipeline::parse_backend(o.backend), o.jobs, parse_devices(o.devices));
  std::vector<pipeline::Compiled> compiled = backend.compile(jobs);
  int status = 0;
  for (size_t f = 0; f < jobs.size(); ++f) {
    const pipeline::Compiled& c = compiled[f];
    if (c.declined) std::fprintf(stderr, "%s (used the warp backend instead)\n", c.declined->str().c_str());
    if (!c.ok) {
      std::fprintf(stderr, "%s\n", c.diagnostic.str().c_str());
      status = 1;
      continue;
    }
    pipeline::RecordMeta meta;
    meta.python = jobs[f].source;
    meta.path = jobs[f].path;
    meta.preset = "extract";
    meta.warp_version = backend.warp_version();
    meta.full_module = o.full_module;
    std::vector<Record> records = pipeline::build_records(c, meta, o.kernel);
    if (records.empty()) {
      std::string names;
      for (const auto& k : c.ir.kernels) names += (names.empty() ? "" : ", ") + k.name;
      std::fprintf(stderr, "%s: error: no kernel named '%s' (kernels: %s)\n", o.files[f].c_str(), o.kernel.c_str(),
                   names.c_str());
      status = 1;
      continue;
    }
    for (size_t i = 0; i < records.size(); ++i) {
      records[i].index = i;
      std::cout << to_json_line(records[i]);
    }
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
