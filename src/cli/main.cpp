// warpsynth: mass-produces (Warp kernel in Python -> the C++/CUDA Warp generates) training pairs.
#include <cstdio>
#include <exception>
#include <optional>
#include <sstream>
#include <string_view>

#include "cli/commands.h"
#include "core/mpi.h"
#include "dataset/file_io.h"

// Read by jemalloc, which the executables link (CMakeLists.txt); ignored by any other allocator. One
// arena: pipeline threads hand module and record buffers to each other, and with an arena per thread
// the freed pages kept being returned and faulted back in (20,000 records: 2.3 s of system time with
// the default, 0.3 s with one arena, same user time).
extern "C" {
const char* malloc_conf = "narenas:1";  // NOLINT: the name is jemalloc's
}

namespace ws::cli {

int g_exit_code = 0;
std::string g_command_line;

std::optional<std::string> read_source(const std::string& file) {
  try {
    return dataset::read_file(file);
  } catch (const std::exception&) {
    std::fprintf(stderr, "%s: error: cannot read file\n", file.c_str());
    return std::nullopt;
  }
}

std::vector<Device> parse_devices(const std::string& list) {
  std::vector<std::string> names;
  std::stringstream ss(list);
  for (std::string name; std::getline(ss, name, ',');) names.push_back(name);
  try {
    return ws::parse_devices(names);
  } catch (const std::invalid_argument& e) {
    throw CLI::ValidationError("--devices", e.what());
  }
}

}  // namespace ws::cli

int main(int argc, char** argv) {
  CLI::App app{
      "warpsynth: mass-produces (NVIDIA Warp kernel in Python -> generated C++/CUDA) training pairs, "
      "forward and backward, exactly as warp-lang " WS_WARP_VERSION " generates them."};
  app.set_version_flag("--version", std::string("warpsynth 0.1 (pinned warp-lang ") + WS_WARP_VERSION +
                                        (ws::mpi::built_with_mpi() ? ", with MPI)" : ", without MPI)"));
  app.require_subcommand(1);
  for (int i = 0; i < argc; ++i) ws::cli::g_command_line += (i ? " " : "") + std::string(argv[i]);
  ws::cli::register_generate(app);
  ws::cli::register_extract(app);
  ws::cli::register_bench(app);
  ws::cli::register_diff(app);
  ws::cli::register_stats(app);
  try {
    ws::mpi::init(&argc, &argv);  // only when an MPI launcher started this process
  } catch (const std::exception& e) {
    std::fprintf(stderr, "warpsynth: error: %s\n", e.what());
    return 1;
  }
  // The other commands have no distributed form: K ranks would each do the whole work.
  if (ws::mpi::size() > 1 &&
      (argc < 2 || (std::string_view(argv[1]) != "generate" && std::string_view(argv[1]) != "extract"))) {
    if (ws::mpi::rank() == 0)
      std::fprintf(stderr,
                   "warpsynth: error: only `generate` and `extract` run on several MPI ranks; run %s without "
                   "mpirun/srun\n",
                   argc < 2 ? "other commands" : argv[1]);
    ws::mpi::abort(2);
  }
  int code = 0;
  try {
    app.parse(argc, argv);
    code = ws::cli::g_exit_code;
  } catch (const CLI::ParseError& e) {
    // Bad flags fail on every rank alike, before any collective: one message, and a plain exit.
    code = ws::mpi::rank() == 0 ? app.exit(e) : e.get_exit_code();
    ws::mpi::finalize();
    return code;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "warpsynth: error: %s\n", e.what());
    // A rank that fails alone must not leave the others waiting in a collective.
    if (ws::mpi::size() > 1) ws::mpi::abort(1);
    code = 1;
  }
  ws::mpi::finalize();
  return code;
}
