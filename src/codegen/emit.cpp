#include "codegen/emit.h"

#include "codegen/template_format.h"
#include "codegen/templates.h"

namespace ws::codegen {
namespace {

std::string join_args(const std::vector<std::string>& args) {
  std::string s;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ",\n    ";
    s += args[i];
  }
  return s;
}

void push(std::vector<std::string>& lines, std::string s) {
  lines.push_back(std::move(s));
}

void primal_vars(const Adjoint& adj, std::vector<std::string>& lines) {
  push(lines, "//---------");
  push(lines, "// primal vars");
  for (const Var* v : adj.variables) {
    if (v->constant) {
      push(lines, "const " + v->type.ctype() + " " + v->emit() + " = " + constant_str(*v) + ";");
    } else {
      push(lines, v->type.ctype() + " " + v->emit() + ";");
    }
  }
}

std::string indent_lines(const std::vector<std::string>& lines, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string out;
  for (const auto& l : lines) {
    out += pad;
    out += l;
    out += '\n';
  }
  return out;
}

// codegen_func_forward
std::string forward_body(const Adjoint& adj, bool kernel, bool cuda) {
  std::vector<std::string> lines;
  if (!cuda && kernel) {
    push(lines, "//---------");
    push(lines, "// argument vars");
    for (const Var* a : adj.args) push(lines, a->type.ctype() + " " + a->emit() + " = _wp_args->" + a->label + ";");
  }
  primal_vars(adj, lines);
  push(lines, "//---------");
  push(lines, "// forward");
  for (const auto& f : adj.body().forward) {
    size_t b = f.find_first_not_of(" \t\n\r\f\v");
    if (cuda && kernel && b != std::string::npos && f.compare(b, 7, "return;") == 0) {
      std::string s = f;
      for (size_t p = s.find("return;"); p != std::string::npos; p = s.find("return;", p + 9))
        s.replace(p, 7, "continue;");
      lines.push_back(s);
    } else {
      lines.push_back(f);
    }
  }
  return indent_lines(lines, cuda && kernel ? 8 : 4);
}

// codegen_func_reverse
std::string reverse_body(const Adjoint& adj, bool kernel, bool cuda) {
  std::vector<std::string> lines;
  if (!cuda && kernel) {
    push(lines, "//---------");
    push(lines, "// argument vars");
    for (const Var* a : adj.args) push(lines, a->type.ctype() + " " + a->emit() + " = _wp_args->" + a->label + ";");
    for (const Var* a : adj.args)
      push(lines, a->type.ctype() + " " + a->emit_adj() + " = _wp_adj_args->" + a->label + ";");
  }
  primal_vars(adj, lines);
  push(lines, "//---------");
  push(lines, "// dual vars");
  for (const Var* v : adj.variables) push(lines, v->type.value().ctype() + " " + v->emit_adj() + " = {};");
  push(lines, "//---------");
  push(lines, "// forward");
  for (const auto& f : adj.body().replay) lines.push_back(f);
  push(lines, "//---------");
  push(lines, "// reverse");
  const auto& rev = adj.body().reverse;
  for (auto it = rev.rbegin(); it != rev.rend(); ++it) lines.push_back(*it);
  push(lines, cuda && kernel ? "continue;" : "return;");
  return indent_lines(lines, cuda && kernel ? 8 : 4);
}

std::string return_ctype(const Adjoint& adj) {
  if (adj.return_var && adj.return_var->size() == 1) return (*adj.return_var)[0]->type.ctype();
  return "void";
}

std::string function_forward(const Adjoint& adj, const std::string& path, bool cuda) {
  std::vector<std::string> fwd_args;
  for (const Var* a : adj.args) fwd_args.push_back(a->type.ctype() + " " + a->emit());
  std::string body = forward_body(adj, false, cuda);
  std::string lineno = std::to_string(adj.info.fun_lineno);
  std::string ret = return_ctype(adj);
  std::string args = join_args(fwd_args);
  return format(cuda ? templates::cuda_forward_function_template : templates::cpu_forward_function_template,
                {{"name", adj.info.native},
                 {"return_type", ret},
                 {"inline_attr", ""},
                 {"forward_args", args},
                 {"forward_body", body},
                 {"filename", path},
                 {"lineno", lineno},
                 {"line_directive", ""}});
}

std::string function_reverse(const Adjoint& adj, const std::string& path, bool cuda) {
  std::vector<std::string> rev_args;
  for (const Var* a : adj.args) rev_args.push_back(a->type.ctype() + " " + a->emit());
  for (const Var* a : adj.args) rev_args.push_back(a->type.ctype() + " & adj_" + a->label);
  std::string ret = return_ctype(adj);
  if (ret != "void") rev_args.push_back(ret + " & adj_ret");
  std::string body = adj.used_by_backward_kernel
                         ? reverse_body(adj, false, cuda)
                         : "\t// reverse mode disabled (no backward-enabled kernel depends on this function)\n";
  std::string lineno = std::to_string(adj.info.fun_lineno);
  std::string args = join_args(rev_args);
  return format(cuda ? templates::cuda_reverse_function_template : templates::cpu_reverse_function_template,
                {{"name", adj.info.native},
                 {"return_type", ret},
                 {"inline_attr", ""},
                 {"reverse_args", args},
                 {"reverse_body", body},
                 {"filename", path},
                 {"lineno", lineno},
                 {"line_directive", ""}});
}

std::string kernel_source(const KernelBuild& k, bool cuda) {
  const Adjoint& adj = *k.adj;
  const std::string& name = k.mangled;
  std::string dim = "wp::launch_bounds_t<" + std::to_string(adj.kernel_dim) + "> dim";
  std::string out;
  std::vector<std::string> fwd_args{dim};
  std::vector<std::string> rev_args{dim};
  if (!cuda) {
    out += "struct wp_args_" + name + " {\n";
    for (const Var* a : adj.args) out += "    " + a->type.ctype() + " " + a->label + ";\n";
    out += "};\n";
    fwd_args.push_back("size_t task_index");
    rev_args.push_back("size_t task_index");
  } else {
    for (const Var* a : adj.args) fwd_args.push_back(a->type.ctype() + " var_" + a->label);
    for (const Var* a : adj.args) rev_args.push_back(a->type.ctype() + " var_" + a->label);
    for (const Var* a : adj.args) rev_args.push_back(a->type.ctype() + " adj_" + a->label);
  }
  std::string fwd_body = forward_body(adj, true, cuda);
  std::string rev_body = k.enable_backward ? reverse_body(adj, true, cuda) : std::string();
  std::string fa = join_args(fwd_args), ra = join_args(rev_args);
  std::string fname = cuda ? name + "_cuda_kernel_forward" : name;
  std::string bname = cuda ? name + "_cuda_kernel_backward" : name;
  Fields fields = {{"name", name},
                   {"forward_name", fname},
                   {"backward_name", bname},
                   {"forward_args", fa},
                   {"reverse_args", ra},
                   {"forward_body", fwd_body},
                   {"reverse_body", rev_body},
                   {"line_directive", ""},
                   {"launch_bounds_str", ""},
                   {"cluster_dims_str", ""},
                   {"max_registers_str", ""},
                   {"forward_smem_spilling_str", ""},
                   {"backward_smem_spilling_str", ""},
                   {"forward_array_setup", ""},
                   {"backward_array_setup", ""}};
  format_into(out, cuda ? templates::cuda_kernel_template_forward_grid_stride : templates::cpu_kernel_template_forward,
              fields);
  if (k.enable_backward) {
    format_into(out,
                cuda ? templates::cuda_kernel_template_backward_grid_stride : templates::cpu_kernel_template_backward,
                fields);
  }
  return out;
}

// codegen_module for the CPU with block_dim != 1: the block-thunk entry points.
std::string cpu_module_source(const KernelBuild& k) {
  const std::string& name = k.mangled;
  std::string ndim = std::to_string(k.adj->kernel_dim);
  std::string fwd_entry = format(templates::cpu_block_entry_body_forward, {{"name", name}});
  std::string bwd_entry = format(templates::cpu_block_entry_body_backward, {{"name", name}});
  while (!fwd_entry.empty() && fwd_entry.back() == '\n') fwd_entry.pop_back();
  while (!bwd_entry.empty() && bwd_entry.back() == '\n') bwd_entry.pop_back();
  Fields fields = {
      {"name", name}, {"launch_ndim", ndim}, {"forward_entry_body", fwd_entry}, {"backward_entry_body", bwd_entry}};
  std::string out;
  format_into(out, templates::cpu_block_module_template_forward, fields);
  format_into(out, templates::cpu_module_entry_template_forward, fields);
  if (k.enable_backward) {
    format_into(out, templates::cpu_block_module_template_backward, fields);
    format_into(out, templates::cpu_module_entry_template_backward, fields);
  }
  return out;
}

}  // namespace

std::string emit_module(const std::vector<Adjoint*>& functions, const std::vector<KernelBuild>& kernels,
                        const std::string& path, const std::string& device) {
  bool cuda = device == "cuda";
  std::string body;
  for (const Adjoint* f : functions) body += function_forward(*f, path, cuda);
  for (const Adjoint* f : functions) body += function_reverse(*f, path, cuda);
  for (const KernelBuild& k : kernels) {
    body += kernel_source(k, cuda);
    if (!cuda) body += cpu_module_source(k);
  }
  std::string out = body.find("bfloat16") == std::string::npos ? "#define WP_NO_BFLOAT16\n" : "";
  format_into(out, cuda ? templates::cuda_module_header : templates::cpu_module_header, {{"block_dim", "256"}});
  out += templates::codegen_cast_macros;
  out += body;
  return out;
}

}  // namespace ws::codegen
