#include "codegen/kernel_options.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using frontend::decline;
using frontend::Expr;
using frontend::ExprKind;

// The value of a plain one-line string literal ('x' or "x", no prefix, no escapes), or nullopt.
std::optional<std::string_view> plain_string(const Expr& e) {
  if (e.kind != ExprKind::Str) return std::nullopt;
  const std::string_view t = e.text;
  if (t.size() < 2 || (t[0] != '"' && t[0] != '\'') || t.back() != t[0]) return std::nullopt;
  const std::string_view v = t.substr(1, t.size() - 2);
  if (v.find_first_of("\\'\"") != std::string_view::npos) return std::nullopt;
  return v;
}

bool positive_int(const Expr& e) {
  return e.kind == ExprKind::Int && e.int_value >= 1;
}

// Module.options keys (Module.__init__ in warp/_src/context.py), which module_options must name.
constexpr std::array<std::string_view, 19> kModuleOptions = {"block_dim",
                                                             "compile_time_trace",
                                                             "cpu_compiler_flags",
                                                             "cuda_output",
                                                             "default_grid_stride",
                                                             "deterministic",
                                                             "deterministic_max_records",
                                                             "enable_backward",
                                                             "enable_mathdx_fft",
                                                             "enable_mathdx_gemm",
                                                             "enable_mathdx_solver",
                                                             "extra_build_options",
                                                             "fast_math",
                                                             "fuse_fp",
                                                             "lineinfo",
                                                             "max_unroll",
                                                             "mode",
                                                             "optimization_level",
                                                             "strip_hash"};

// A module option's value: a literal, or an attribute of the warp module (wp.DeterministicMode.RUN_TO_RUN).
bool option_value(const ModuleEnv& env, const Expr& e) {
  if (frontend::is_literal(e)) return true;
  const Expr* root = &e;
  while (root->kind == ExprKind::Attribute) root = root->items[0].get();
  return root != &e && is_warp_alias(env, *root);
}

}  // namespace

KernelOptions kernel_options(const ModuleEnv& env, const Expr& call) {
  if (call.items.size() > 1) decline("positional argument to wp.kernel()", call.items[1]->pos);
  KernelOptions opts;
  std::optional<std::string_view> module;
  for (const auto& kw : call.keywords) {
    if (kw.name != "module") continue;
    module = plain_string(*kw.value);
    if (!module) decline("kernel decorator option module= other than a string", kw.value->pos);
    opts.other_module = true;
  }
  bool launch_bounds = false;
  bool max_registers = false;
  for (const auto& kw : call.keywords) {
    const Expr& v = *kw.value;
    if (kw.name == "module") continue;
    if (kw.name == "enable_backward") {
      if (v.kind != ExprKind::Bool) decline("enable_backward= other than True or False", v.pos);
      opts.enable_backward = v.int_value != 0;
      continue;
    }
    // The options below change only CUDA entry points and launches; they are validated as the decorator
    // validates them, and reproduced for kernels of other modules only (whose code is not this module's).
    if (!opts.other_module) decline("kernel decorator option '" + std::string(kw.name) + "'", kw.pos);
    if (kw.name == "module_options") {
      // requires module="unique"; the keys must be Module.options keys
      if (*module != "unique" || v.kind != ExprKind::Dict) decline("module_options", v.pos);
      for (size_t i = 0; i < v.items.size(); i += 2) {
        auto key = plain_string(*v.items[i]);
        if (!key || std::find(kModuleOptions.begin(), kModuleOptions.end(), *key) == kModuleOptions.end())
          decline("module_options key", v.items[i]->pos);
        if (!option_value(env, *v.items[i + 1])) decline("module_options value", v.items[i + 1]->pos);
      }
    } else if (kw.name == "launch_bounds") {
      // an int or a tuple of 1-2 ints (codegen_kernel); a positive int in practice
      launch_bounds = true;
      bool ok = positive_int(v) ||
                (v.kind == ExprKind::Tuple && !v.items.empty() && v.items.size() <= 2 &&
                 std::all_of(v.items.begin(), v.items.end(), [](const auto& x) { return positive_int(*x); }));
      if (!ok) decline("launch_bounds= other than positive ints", v.pos);
    } else if (kw.name == "cuda_max_registers") {  // _normalize_cuda_max_registers
      max_registers = true;
      if (!positive_int(v)) decline("cuda_max_registers= other than a positive int", v.pos);
    } else if (kw.name == "cluster_dim") {  // _normalize_cluster_dim: 1..16
      if (!positive_int(v) || v.int_value > 16) decline("cluster_dim= other than an int in 1..16", v.pos);
    } else if (kw.name == "enable_cuda_smem_spilling" || kw.name == "grid_stride") {
      if (v.kind != ExprKind::Bool) decline(std::string(kw.name) + "= other than True or False", v.pos);
    } else {  // name, entry_point_abi and anything Warp does not know
      decline("kernel decorator option '" + std::string(kw.name) + "'", kw.pos);
    }
  }
  // the decorator raises ValueError for this pair
  if (launch_bounds && max_registers) decline("cuda_max_registers with launch_bounds", call.pos);
  return opts;
}

}  // namespace ws::codegen
