#include "codegen/kernel_options.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "codegen/py_eval.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using frontend::decline;
using frontend::Expr;
using frontend::ExprKind;

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
  auto hashed = [&](std::string_view name, const std::string& value) {
    opts.hashed.push_back(std::string(name) + ":" + value);
  };
  for (const auto& kw : call.keywords) {
    const Expr& v = *kw.value;
    const std::string n = std::to_string(v.int_value);
    if (kw.name == "module") {
      continue;
    } else if (kw.name == "enable_backward") {
      if (v.kind != ExprKind::Bool) decline("enable_backward= other than True or False", v.pos);
      opts.enable_backward = v.int_value != 0;
      hashed(kw.name, v.int_value ? "True" : "False");
    } else if (kw.name == "module_options") {
      // requires module="unique"; the keys must be Module.options keys. They change the unique module
      // only, whose code is not this module's.
      if (module != "unique" || v.kind != ExprKind::Dict) decline("module_options", v.pos);
      for (size_t i = 0; i < v.items.size(); i += 2) {
        auto key = plain_string(*v.items[i]);
        if (!key || std::find(kModuleOptions.begin(), kModuleOptions.end(), *key) == kModuleOptions.end())
          decline("module_options key", v.items[i]->pos);
        if (!option_value(env, *v.items[i + 1])) decline("module_options value", v.items[i + 1]->pos);
      }
    } else if (kw.name == "launch_bounds") {
      // an int or a tuple of 1-2 ints: `__launch_bounds__(a[, b]) `, hashed as Python's str() spells it
      launch_bounds = true;
      if (positive_int(v)) {
        hashed(kw.name, n);
        opts.launch_bounds_str = "__launch_bounds__(" + n + ") ";
      } else if (v.kind == ExprKind::Tuple && !v.items.empty() && v.items.size() <= 2 &&
                 std::all_of(v.items.begin(), v.items.end(), [](const auto& x) { return positive_int(*x); })) {
        const std::string a = std::to_string(v.items[0]->int_value);
        const std::string b = v.items.size() == 2 ? std::to_string(v.items[1]->int_value) : "";
        hashed(kw.name, "(" + a + (b.empty() ? "," : ", " + b) + ")");
        opts.launch_bounds_str = "__launch_bounds__(" + a + (b.empty() ? "" : ", " + b) + ") ";
      } else {
        decline("launch_bounds= other than positive ints", v.pos);
      }
    } else if (kw.name == "cuda_max_registers") {  // _normalize_cuda_max_registers
      max_registers = true;
      if (!positive_int(v)) decline("cuda_max_registers= other than a positive int", v.pos);
      hashed(kw.name, n);
      opts.max_registers_str = "WP_MAXNREG(" + n + ") ";
    } else if (kw.name == "cluster_dim") {  // _normalize_cluster_dim: 1..16; 1 writes nothing
      if (!positive_int(v) || v.int_value > 16) decline("cluster_dim= other than an int in 1..16", v.pos);
      hashed(kw.name, n);
      if (v.int_value != 1) opts.cluster_dims_str = "WP_CLUSTER_DIMS(" + n + ", 1, 1) ";
    } else if (kw.name == "enable_cuda_smem_spilling") {  // only True joins the options
      if (v.kind != ExprKind::Bool) decline("enable_cuda_smem_spilling= other than True or False", v.pos);
      if (v.int_value) hashed(kw.name, "True");
      opts.smem_spilling = v.int_value != 0;
    } else if (kw.name == "grid_stride") {
      if (v.kind != ExprKind::Bool) decline("grid_stride= other than True or False", v.pos);
      opts.grid_stride = v.int_value != 0;
      hashed(kw.name, v.int_value ? "True" : "False");
    } else {  // name, entry_point_abi and anything Warp does not know
      decline("kernel decorator option '" + std::string(kw.name) + "'", kw.pos);
    }
  }
  // the decorator raises ValueError for this pair
  if (launch_bounds && max_registers) decline("cuda_max_registers with launch_bounds", call.pos);
  std::sort(opts.hashed.begin(), opts.hashed.end(), [](const std::string& x, const std::string& y) {
    return x.substr(0, x.find(':')) < y.substr(0, y.find(':'));
  });
  return opts;
}

bool ModuleOptions::statement(const ModuleEnv& env, const frontend::Stmt& s) {
  auto warp_attribute = [&](const Expr& e, std::string_view name) {
    return e.kind == ExprKind::Attribute && e.text == name && is_warp_alias(env, *e.items[0]);
  };
  if (s.kind == frontend::StmtKind::Assign) {
    const Expr& t = *s.target;
    if (!(t.kind == ExprKind::Attribute && t.text == "enable_backward" && warp_attribute(*t.items[0], "config") &&
          s.value->kind == ExprKind::Bool))
      return false;
    config_ = s.value->int_value != 0;
    return true;
  }
  if (s.kind != frontend::StmtKind::Expr || s.value->kind != ExprKind::Call ||
      !warp_attribute(*s.value->items[0], "set_module_options"))
    return false;
  const Expr& call = *s.value;
  if (call.items.size() != 2 || !call.keywords.empty() || call.items[1]->kind != ExprKind::Dict)
    decline("set_module_options() other than with one dict", call.pos);
  create();  // _get_module(caller's name)
  const Expr& options = *call.items[1];
  for (size_t i = 0; i < options.items.size(); i += 2) {
    const Expr& key = *options.items[i];
    const Expr& value = *options.items[i + 1];
    const std::optional<std::string_view> name = plain_string(key);
    if (name == "default_grid_stride" && value.kind == ExprKind::None) {
      default_grid_stride_.reset();  // None: warp.config.default_grid_stride
      continue;
    }
    if (name == "max_unroll") {  // get_unroll_range: adj.builder_options.get("max_unroll", 16)
      if (value.kind != ExprKind::Int || value.int_value < 0 || value.int_value > 1024)
        decline("max_unroll other than an int literal in 0..1024", value.pos);
      max_unroll_ = static_cast<int>(value.int_value);
      continue;
    }
    bool* flag = name == "enable_mathdx_gemm"     ? &mathdx_.gemm
                 : name == "enable_mathdx_solver" ? &mathdx_.solver
                 : name == "enable_mathdx_fft"    ? &mathdx_.fft
                                                  : nullptr;
    if (name != "enable_backward" && name != "default_grid_stride" && !flag)
      decline(
          "set_module_options key other than 'enable_backward', 'default_grid_stride', 'max_unroll' and "
          "'enable_mathdx_*' (the native backend models these only)",
          key.pos);
    if (value.kind != ExprKind::Bool) decline("set_module_options value other than True or False", value.pos);
    if (name == "enable_backward") {
      enable_backward_ = value.int_value != 0;
    } else if (flag) {
      *flag = value.int_value != 0;
    } else {
      default_grid_stride_ = value.int_value != 0;
    }
  }
  return true;
}

}  // namespace ws::codegen
