#include "codegen/host_warp_uses.h"

#include <algorithm>
#include <array>
#include <span>

#include "codegen/host_tokens.h"

namespace ws::codegen {
namespace {

using host_tokens::contains;

// Attributes of warp (or of anything imported from it) that register code, load or compile modules
// or reach the module registry: any mention of one is declined (the value could go anywhere). Sorted.
constexpr std::array<std::string_view, 26> kWarpDanger = {"Function",
                                                          "Kernel",
                                                          "Module",
                                                          "ModuleBuilder",
                                                          "ModuleHasher",
                                                          "_register_module_source",
                                                          "compile_aot_module",
                                                          "constant",
                                                          "force_load",
                                                          "func",
                                                          "func_grad",
                                                          "func_native",
                                                          "func_replay",
                                                          "get_module",
                                                          "grad",
                                                          "jax_callable",
                                                          "jax_kernel",
                                                          "kernel",
                                                          "load_aot_module",
                                                          "load_module",
                                                          "map",
                                                          "overload",
                                                          "set_module_options",
                                                          "static",
                                                          "struct",
                                                          "user_modules"};

// Modules of Warp's internals (`warp._src.<m>`) whose attributes are data, types and helpers that
// neither register code nor change options or codegen state: any use of an attribute of them is
// accepted, as for Warp's public modules (`warp.types` and `warp.utils` re-export the first two).
// Sorted.
constexpr std::array<std::string_view, 4> kHarmlessInternals = {"jax", "logger", "types", "utils"};

static_assert(std::is_sorted(kWarpDanger.begin(), kWarpDanger.end()));
static_assert(std::is_sorted(kHarmlessInternals.begin(), kHarmlessInternals.end()));

}  // namespace

// The rules are listed in the header.
std::optional<std::string> warp_chain_danger(std::string_view root, std::string_view path,
                                             const std::vector<std::string_view>& chain, bool called) {
  std::vector<std::string_view> c;  // the components after "warp"
  for (size_t start = path.find('.'); start != std::string_view::npos && start < path.size();) {
    size_t dot = std::min(path.find('.', start + 1), path.size());
    c.push_back(path.substr(start + 1, dot - start - 1));
    start = dot;
  }
  const size_t bound = c.size();  // components of the path itself
  c.insert(c.end(), chain.begin(), chain.end());
  std::string full = "warp";
  for (std::string_view x : c) full += "." + std::string(x);
  for (size_t i = 0; i < c.size(); ++i) {
    if (!contains(kWarpDanger, c[i])) continue;
    if (i < bound) return "'" + std::string(root) + "' in host code (it is '" + std::string(path) + "')";
    return "'" + std::string(root) + "..." + std::string(c[i]) + "' in host code";
  }
  const size_t k = !c.empty() && c[0] == "_src" ? 1 : 0;
  const std::string internal = "'" + std::string(root) + "' in host code (it reaches Warp's internals: '" + full + "')";
  if (k == c.size()) return k == 1 ? std::optional<std::string>(internal) : std::nullopt;
  const std::string_view head = c[k];
  if (head == "config") {
    if (k + 1 < c.size()) return std::nullopt;
    return "'" + std::string(root) +
           "...config' used as a value in host code (Warp's options may be changed through it)";
  }
  if (k == 0 && head != "context" && head != "codegen") return std::nullopt;
  // an attribute of the module: the module itself as a value could be patched through
  if (contains(kHarmlessInternals, head) && k + 1 < c.size()) return std::nullopt;
  const std::span<const std::string_view> rest = std::span(c).subspan(k + 1);
  if (head == "context" && rest.size() == 2 && rest[0] == "runtime" && rest[1] != "core" && !called)
    return std::nullopt;
  if (head == "context" && rest.size() == 3 && rest[0] == "runtime" && rest[1] == "core") return std::nullopt;
  if (head == "codegen" && rest.size() == 1 && rest[0].ends_with("Error")) return std::nullopt;
  return internal;
}

}  // namespace ws::codegen
