#include "gen/generator.h"

#include <stdexcept>

#include "core/rng.h"
#include "gen/collect.h"
#include "gen/contract.h"
#include "gen/module.h"
#include "gen/names.h"
#include "gen/presets.h"
#include "gen/printer.h"

namespace ws::gen {

namespace {

// A preset's requirement fails rarely (well under half the time); redraws continue the same Rng stream,
// so the result is still a pure function of (preset, seed, index).
constexpr int kMaxAttempts = 64;

// Kernels that spell float32 composites by their aliases (wp.vec3f, wp.mat33f, wp.quatf). Real code
// writes both, the plain names more often: in warp-lang's examples 14 kernels write an alias and 64 a
// plain name; in its tests 83 and 493.
constexpr double kAliasShare = 0.15;
// Kernels that write their one-dimensional arrays as wp.array1d: 68 of the 2,600 kernels of warp-lang's
// tests, and whole code bases that also write wp.array2d.
constexpr double kArray1dShare = 0.05;

}  // namespace

const std::vector<std::string>& preset_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const Preset& p : presets()) out.emplace_back(p.name);
    return out;
  }();
  return names;
}

GeneratedKernel generate(std::string_view preset, uint64_t seed, uint64_t index) {
  const Preset* p = find_preset(preset);
  if (!p) throw std::invalid_argument("unknown kernel preset: " + std::string(preset));
  Rng rng(seed, index);
  GeneratedKernel k;
  k.preset = p->name;
  k.kernel_name = kernel_name(rng, p->name);
  // A deterministic virtual file name: `// file:line` comments in the IR never hold a machine path.
  k.path = "warpsynth/" + k.kernel_name + ".py";
  // Reused across calls on a thread: the containers keep their capacity.
  thread_local Workspace ws;
  const Program& prog = ws.prog;
  uint32_t helpers = 0;
  FeatureSet features;
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    Policy policy;
    p->configure(policy, rng);
    build_module(ws, rng, policy, k.kernel_name);
    helpers = reachable_helpers(prog);
    features = collect_features(prog, helpers);
    if (p->accept(features)) break;
  }
  k.features = features.names();
  k.launch = launch_contract(prog, rng);
  // Drawn last, so that the kernel and its contract are those of the seed whichever spelling it gets.
  Spelling spelling;
  spelling.aliases = rng.chance(kAliasShare);
  spelling.array1d = rng.chance(kArray1dShare);
  k.python.reserve(2048);
  print_module(prog, helpers, spelling, k.python);
  return k;
}

}  // namespace ws::gen
