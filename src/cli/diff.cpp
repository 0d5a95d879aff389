// `warpsynth diff`: runs both backends on the same kernels (generated ones, or those of Python files and
// directory trees) and compares every byte. Exits non-zero on any mismatch; declines are counted, never
// compared, and so are files real Warp cannot import here (environment failures: a module such as torch
// is missing), which say nothing about the codegen. A file's module is compared whole, so each of its
// kernels shares its file's outcome; the totals are given in kernels (and for files, in files too).
#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

#include "cli/commands.h"
#include "cli/flags.h"
#include "core/sha256.h"
#include "pipeline/backend.h"
#include "pipeline/compare.h"
#include "pipeline/file_walk.h"
#include "pipeline/kernel_stream.h"

namespace ws::cli {
namespace {

struct DiffOptions {
  std::vector<std::string> paths;
  uint64_t count = 100;
  uint64_t seed = 1;
  std::vector<std::string> presets;
  std::string devices = "cpu,cuda";
  int jobs = 2;
  int show = 3;
  int show_declines = 0;
  bool list = false;
};

// Modules are compared in chunks, so memory stays flat in --count and in the number of files (a module
// pair per kernel is tens of KB). Files come in small chunks, each a few per reference worker: one real
// project file can keep Warp busy for minutes (its imports, cuBLASDx builds), and each chunk's rows are
// printed as soon as it is done.
constexpr uint64_t kChunk = 512;
constexpr uint64_t kFilesPerWorker = 4;

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

enum class Outcome { Identical, Declined, BothRejected, Environment, Mismatch };

// What comparing one module found. A module holds one kernel when generated, every kernel of the file
// for a file; `kernels` counts Warp's (a module Warp rejects counts as one).
struct Comparison {
  Outcome outcome = Outcome::Identical;
  uint64_t kernels = 1;
  Diagnostic diagnostic;  // native's decline, or Warp's environment failure
  std::string problem;    // what differs, for a mismatch
};

Comparison compare(const pipeline::Job& job, const pipeline::Compiled& ref, pipeline::Backend& backend) {
  Comparison c;
  if (ref.ok) c.kernels = std::max<uint64_t>(1, ref.ir.kernels.size());
  if (!ref.ok && ref.diagnostic.kind == DiagnosticKind::Environment) {
    c.outcome = Outcome::Environment;
    c.diagnostic = ref.diagnostic;
    return c;
  }
  // the native half of `extract --backend native`: its project's imports as there
  const pipeline::Compiled n =
      backend.compile_native(job.source, job.path, nullptr, job.project ? &*job.project : nullptr);
  if (n.declined) {
    c.outcome = Outcome::Declined;
    c.diagnostic = *n.declined;
  } else if (!ref.ok && !n.ok) {
    c.outcome = Outcome::BothRejected;  // invalid input, rejected by both: agreement
  } else if (!ref.ok) {
    c.problem = "native accepted what Warp rejects: " + ref.diagnostic.str() + "\n";
  } else if (!n.ok) {
    c.problem = "native rejected what Warp accepts: " + n.diagnostic.str() + "\n";
  } else if (auto d = pipeline::compare_modules(ref.ir, n.ir)) {
    c.problem = *d;
  }
  if (!c.problem.empty()) c.outcome = Outcome::Mismatch;
  return c;
}

// Outcomes counted in modules (files) or in kernels.
struct Tally {
  uint64_t identical = 0, declined = 0, mismatched = 0, both_rejected = 0, environment = 0, total = 0;
  void add(Outcome o, uint64_t n) {
    total += n;
    (o == Outcome::Identical      ? identical
     : o == Outcome::Declined     ? declined
     : o == Outcome::Mismatch     ? mismatched
     : o == Outcome::BothRejected ? both_rejected
                                  : environment) += n;
  }
  // "N compared, M identical, D declined": what scripts read, environment failures left out.
  void print_totals(const char* prefix) const {
    std::printf("%s%llu compared, %llu identical, %llu declined\n", prefix,
                static_cast<unsigned long long>(total - environment), static_cast<unsigned long long>(identical),
                static_cast<unsigned long long>(declined));
  }
};

// One row per file: its outcome and its kernels.
void print_file_row(const pipeline::Job& job, const Comparison& c) {
  const auto k = static_cast<unsigned long long>(c.kernels);
  const char* kernels = c.kernels == 1 ? "kernel" : "kernels";
  switch (c.outcome) {
    case Outcome::Identical:
      std::printf("identical    %s (%llu %s)\n", job.path.c_str(), k, kernels);
      break;
    case Outcome::Declined:
      std::printf("declined     %s (%llu %s)\n", c.diagnostic.str().c_str(), k, kernels);
      break;
    case Outcome::BothRejected:
      std::printf("rejected     %s (by both backends)\n", job.path.c_str());
      break;
    case Outcome::Environment:
      std::printf("ENVIRONMENT  %s\n", c.diagnostic.str().c_str());
      break;
    case Outcome::Mismatch:
      std::printf("MISMATCH     %s (%llu %s)\n", job.path.c_str(), k, kernels);
      break;
  }
}

int run_diff(const DiffOptions& o) {
  if (o.list) return list_kernels(o);
  const std::vector<Device> devices = parse_devices(o.devices);
  const pipeline::KernelStream stream(o.seed, o.presets);
  const bool files_mode = !o.paths.empty();
  const std::vector<std::string> files = files_mode ? pipeline::find_python_files(o.paths) : std::vector<std::string>{};
  const uint64_t total = files_mode ? files.size() : o.count;
  if (!files_mode)
    std::printf("diff: %llu kernels, seed %llu\n", static_cast<unsigned long long>(o.count),
                static_cast<unsigned long long>(o.seed));
  pipeline::Backend reference(BackendKind::Warp, o.jobs, devices);

  Tally modules, kernels;
  bool unreadable = false;
  std::map<std::string, uint64_t> reasons;  // in kernels
  const uint64_t chunk = files_mode ? kFilesPerWorker * static_cast<uint64_t>(o.jobs) : kChunk;
  for (uint64_t first = 0; first < total; first += chunk) {
    std::vector<pipeline::Job> jobs;
    if (files_mode) {
      for (uint64_t f = first; f < std::min(total, first + chunk); ++f) {
        std::optional<std::string> source = read_source(files[f]);
        if (!source) {
          unreadable = true;
          continue;
        }
        // Compiled inside its project, as extract compiles it (pipeline/project.h).
        jobs.push_back({std::move(*source), files[f], pipeline::locate_project(files[f], std::nullopt)});
      }
    } else {
      jobs = stream.jobs(first, std::min(total, first + chunk));
    }
    const std::vector<pipeline::Compiled> ref = reference.compile(jobs);
    for (size_t j = 0; j < jobs.size(); ++j) {
      const Comparison c = compare(jobs[j], ref[j], reference);
      if (files_mode) print_file_row(jobs[j], c);
      if (c.outcome == Outcome::Environment && !files_mode) std::printf("ENVIRONMENT %s\n", c.diagnostic.str().c_str());
      if (c.outcome == Outcome::Declined) {
        if (static_cast<int>(modules.declined) < o.show_declines)
          std::printf("DECLINED %s\n%s\n", c.diagnostic.str().c_str(), jobs[j].source.c_str());
        reasons[c.diagnostic.message] += c.kernels;
      }
      if (c.outcome == Outcome::Mismatch && static_cast<int>(modules.mismatched) < o.show) {
        std::printf("MISMATCH %s", jobs[j].path.c_str());
        if (!files_mode) std::printf(" (kernel %llu)", static_cast<unsigned long long>(first + j));
        std::printf("\n%s", c.problem.c_str());
      }
      modules.add(c.outcome, 1);
      kernels.add(c.outcome, c.kernels);
    }
    std::fflush(stdout);
  }
  if (!reasons.empty()) {
    std::vector<std::pair<uint64_t, std::string>> by_count;  // most frequent first
    for (const auto& [why, n] : reasons) by_count.emplace_back(n, why);
    std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::printf("declines by reason (kernels):\n");
    for (const auto& [n, why] : by_count) std::printf("  %6llu  %s\n", static_cast<unsigned long long>(n), why.c_str());
  }
  if (kernels.both_rejected)
    std::printf("%llu rejected by both backends\n", static_cast<unsigned long long>(kernels.both_rejected));
  if (modules.environment)
    std::printf("%llu %s not importable by Warp here (environment failures, not compared)\n",
                static_cast<unsigned long long>(modules.environment), files_mode ? "files" : "kernels");
  if (files_mode) modules.print_totals("files: ");
  kernels.print_totals("");
  if (kernels.mismatched) std::printf("%llu MISMATCHED\n", static_cast<unsigned long long>(kernels.mismatched));
  return kernels.mismatched || unreadable ? 1 : 0;
}

}  // namespace

void register_diff(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", "Compare the native codegen with real Warp, byte for byte");
  CLI::Option* paths =
      cmd->add_option("paths", o->paths,
                      "Python files, or directories to walk for *.py files with kernels, to compare instead of "
                      "generated kernels (one row per file; totals in files and in kernels)");
  add_number(cmd, "--count", o->count, "Generated kernels to compare: kernels 0..N-1 of generate's run", 1, kMaxCount);
  add_number(cmd, "--seed", o->seed, "Seed for the generated kernels", 0);
  cmd->add_option("--preset", o->presets, "Restrict to these presets (repeatable)");
  cmd->add_option("--devices", o->devices, "Comma-separated devices: cpu, cuda")->capture_default_str();
  add_number(cmd, "--jobs,-j", o->jobs, "Reference workers", 1, kMaxJobs);
  add_number(cmd, "--show", o->show, "Mismatches to print in full", 0);
  add_number(cmd, "--show-declines", o->show_declines, "Declined kernels to print with their reason and source", 0);
  cmd->add_flag("--list", o->list,
                "Print each generated kernel (index, SHA-256 of its source, path) instead of comparing")
      ->excludes(paths);
  cmd->callback([o] { g_exit_code = run_diff(*o); });
}

}  // namespace ws::cli
