// `warpsynth stats DIR`: what a dataset holds, how diverse it is and how natural its kernels read, as
// text and optionally HTML.
#include "dataset/stats.h"

#include <cstdio>
#include <fstream>

#include "cli/commands.h"

namespace ws::cli {
namespace {

struct StatsOptions {
  std::string dir;
  std::string html;
};

int run_stats(const StatsOptions& o) {
  dataset::DatasetStats s = dataset::compute_stats(o.dir);
  if (s.records == 0) {
    std::fprintf(stderr, "%s: error: no records found under %s/data\n", o.dir.c_str(), o.dir.c_str());
    return 1;
  }
  std::fputs(dataset::render_text(s).c_str(), stdout);
  if (!o.html.empty()) {
    std::ofstream out(o.html, std::ios::binary);
    out << dataset::render_html(s, "warpsynth dataset: " + o.dir);
    if (!out) {
      std::fprintf(stderr, "%s: error: cannot write report\n", o.html.c_str());
      return 1;
    }
    std::printf("report: %s\n", o.html.c_str());
  }
  return 0;
}

}  // namespace

void register_stats(CLI::App& app) {
  auto o = std::make_shared<StatsOptions>();
  CLI::App* cmd =
      app.add_subcommand("stats", "Counts, builtins, sizes, structural uniqueness and naturalness of a dataset");
  cmd->add_option("dir", o->dir, "Dataset directory written by generate")->required()->check(CLI::ExistingDirectory);
  cmd->add_option("--html", o->html, "Also write an HTML report with charts to this file");
  cmd->callback([o] { g_exit_code = run_stats(*o); });
}

}  // namespace ws::cli
