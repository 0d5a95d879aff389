// `warpsynth diff`: runs both backends on the same kernels and compares every byte. Exits non-zero on
// any mismatch; declines are counted, never compared, and so are files real Warp cannot import here
// (environment failures: a module such as torch is missing), which say nothing about the codegen.
#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "cli/commands.h"
#include "cli/flags.h"
#include "core/sha256.h"
#include "pipeline/backend.h"
#include "pipeline/compare.h"
#include "pipeline/kernel_stream.h"

namespace ws::cli {
namespace {

struct DiffOptions {
  std::string file;
  uint64_t count = 100;
  uint64_t seed = 1;
  std::vector<std::string> presets;
  std::string devices = "cpu,cuda";
  int jobs = 2;
  int show = 3;
  int show_declines = 0;
  bool list = false;
};

// Generated kernels are compared in chunks, so memory stays flat in --count (a module pair per kernel
// is tens of KB).
constexpr uint64_t kChunk = 512;

// --list: one line per kernel diff would compare: index, SHA-256 of the source, path.
int list_kernels(const DiffOptions& o) {
  const pipeline::KernelStream stream(o.seed, o.presets);
  for (uint64_t first = 0; first < o.count; first += kChunk) {
    const std::vector<pipeline::Job> jobs = stream.jobs(first, std::min(o.count, first + kChunk));
    for (size_t j = 0; j < jobs.size(); ++j)
      std::printf("%llu %s %s\n", static_cast<unsigned long long>(first + j), hex(sha256(jobs[j].source)).c_str(),
                  jobs[j].path.c_str());
  }
  return 0;
}

int run_diff(const DiffOptions& o) {
  if (o.list) return list_kernels(o);
  const std::vector<Device> devices = parse_devices(o.devices);
  const pipeline::KernelStream stream(o.seed, o.presets);
  const uint64_t total = o.file.empty() ? o.count : 1;
  std::optional<std::string> file_source;
  if (!o.file.empty()) {
    file_source = read_source(o.file);
    if (!file_source) return 1;
  } else {
    std::printf("diff: %llu kernels, seed %llu\n", static_cast<unsigned long long>(o.count),
                static_cast<unsigned long long>(o.seed));
  }
  pipeline::Backend reference(BackendKind::Warp, o.jobs, devices);

  uint64_t identical = 0, declined = 0, mismatched = 0, both_failed = 0, environment = 0;
  std::map<std::string, uint64_t> reasons;
  for (uint64_t first = 0; first < total; first += kChunk) {
    std::vector<pipeline::Job> jobs;
    if (file_source) {
      // Compiled inside its project, as extract compiles it (pipeline/project.h).
      jobs.push_back({*file_source, o.file, pipeline::locate_project(o.file, std::nullopt)});
    } else {
      jobs = stream.jobs(first, std::min(total, first + kChunk));
    }
    std::vector<pipeline::Compiled> ref = reference.compile(jobs);
    for (size_t j = 0; j < jobs.size(); ++j) {
      const uint64_t i = first + j;
      if (!ref[j].ok && ref[j].diagnostic.kind == DiagnosticKind::Environment) {
        std::printf("ENVIRONMENT %s\n", ref[j].diagnostic.str().c_str());
        ++environment;
        continue;
      }
      // the native half of `extract --backend native`: its project's imports as there
      const pipeline::Compiled n = reference.compile_native(jobs[j].source, jobs[j].path, nullptr,
                                                            jobs[j].project ? &*jobs[j].project : nullptr);
      std::string problem;
      if (n.declined) {
        if (static_cast<int>(declined) < o.show_declines)
          std::printf("DECLINED %s\n%s\n", n.declined->str().c_str(), jobs[j].source.c_str());
        ++declined;
        ++reasons[n.declined->message];
        continue;
      }
      if (!ref[j].ok && !n.ok) {
        ++both_failed;  // invalid input, rejected by both: agreement
        continue;
      }
      if (!ref[j].ok) {
        problem = "native accepted what Warp rejects: " + ref[j].diagnostic.str() + "\n";
      } else if (!n.ok) {
        problem = "native rejected what Warp accepts: " + n.diagnostic.str() + "\n";
      } else if (auto d = pipeline::compare_modules(ref[j].ir, n.ir)) {
        problem = *d;
      }
      if (problem.empty()) {
        ++identical;
        continue;
      }
      if (static_cast<int>(mismatched) < o.show)
        std::printf("MISMATCH %s (kernel %llu)\n%s", jobs[j].path.c_str(), static_cast<unsigned long long>(i),
                    problem.c_str());
      ++mismatched;
    }
  }
  if (!reasons.empty()) {
    std::printf("declines by reason:\n");
    for (const auto& [why, n] : reasons) std::printf("  %6llu  %s\n", static_cast<unsigned long long>(n), why.c_str());
  }
  if (both_failed) std::printf("%llu rejected by both backends\n", static_cast<unsigned long long>(both_failed));
  if (environment)
    std::printf("%llu not importable by Warp here (environment failures, not compared)\n",
                static_cast<unsigned long long>(environment));
  std::printf("%llu compared, %llu identical, %llu declined\n", static_cast<unsigned long long>(total - environment),
              static_cast<unsigned long long>(identical), static_cast<unsigned long long>(declined));
  if (mismatched) std::printf("%llu MISMATCHED\n", static_cast<unsigned long long>(mismatched));
  return mismatched ? 1 : 0;
}

}  // namespace

void register_diff(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", "Compare the native codegen with real Warp, byte for byte");
  CLI::Option* file = cmd->add_option("file", o->file, "A Python file to compare instead of generated kernels");
  add_number(cmd, "--count", o->count, "Generated kernels to compare: kernels 0..N-1 of generate's run", 1, kMaxCount);
  add_number(cmd, "--seed", o->seed, "Seed for the generated kernels", 0);
  cmd->add_option("--preset", o->presets, "Restrict to these presets (repeatable)");
  cmd->add_option("--devices", o->devices, "Comma-separated devices: cpu, cuda")->capture_default_str();
  add_number(cmd, "--jobs,-j", o->jobs, "Reference workers", 1, kMaxJobs);
  add_number(cmd, "--show", o->show, "Mismatches to print in full", 0);
  add_number(cmd, "--show-declines", o->show_declines, "Declined kernels to print with their reason and source", 0);
  cmd->add_flag("--list", o->list,
                "Print each generated kernel (index, SHA-256 of its source, path) instead of comparing")
      ->excludes(file);
  cmd->callback([o] { g_exit_code = run_diff(*o); });
}

}  // namespace ws::cli
