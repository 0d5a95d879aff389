#include "codegen/emit.h"

#include <algorithm>
#include <cstring>
#include <deque>

#include "codegen/structs.h"
#include "codegen/template_format.h"
#include "codegen/templates.h"
#include "codegen/text_arena.h"
#include "core/copy_short.h"
#include "core/text_search.h"

namespace ws::codegen {
namespace {

// Bodies are appended straight to the output: every line gets the body's indentation, except that
// Warp strips it from `#line` directives (never emitted here).
class Body {
 public:
  Body(std::string& out, int indent) : pad_(static_cast<size_t>(indent), ' '), out_(out) {}
  void line(std::string_view l) {
    out_ += pad_;
    out_ += l;
    out_ += '\n';
  }
  // Every line of [first, last), sized once and copied in place: statement lists are long and
  // their lines short, so per-line appends (three capacity checks each) would dominate.
  template <typename It>
  void lines(It first, It last) {
    size_t total = 0, n = 0;
    for (It it = first; it != last; ++it, ++n) total += it->size();
    const size_t pad = pad_.size();
    const size_t old = out_.size();
    const size_t size = old + total + n * (pad + 1);
    // Bodies are indented by 4 or 8: constant-size fills compile to one store instead of a call.
    auto fill = [pad](char* p) {
      if (pad == 4) {
        std::memcpy(p, "    ", 4);
      } else if (pad == 8) {
        std::memcpy(p, "        ", 8);
      } else {
        std::memset(p, ' ', pad);
      }
    };
    // Every byte of the new part is written here: no zero-fill first (the string still grows
    // geometrically, as with append).
    out_.resize_and_overwrite(size, [&](char* buf, size_t) {
      char* d = buf + old;
      for (It it = first; it != last; ++it) {
        fill(d);
        d = copy_short(d + pad, it->data(), it->size());
        *d++ = '\n';
      }
      return size;
    });
  }
  template <typename... Parts>
  void line(std::string_view a, std::string_view b, Parts... rest) {
    out_ += pad_;
    out_ += a;
    out_ += b;
    (out_.append(rest), ...);
    out_ += '\n';
  }

 private:
  std::string pad_;
  std::string& out_;
};

// The declarations depend only on the adjoint, so they are rendered once and written like any
// statement list for every device and pass. Their text lives in an arena, so the views survive moves.
struct Decls {
  TextArena text;
  std::vector<std::string_view> primal;  // "wp::float32 var_3;" / "const wp::float32 var_1 = 0.0;"
  std::vector<std::string_view> dual;    // "wp::float32 adj_3 = {};"
  // The backward pass's primal declarations where they differ: shared tiles that own their storage
  // are allocated with a gradient buffer there (cinit(requires_grad=True)); empty when none does.
  std::vector<std::string_view> primal_reverse;
  std::vector<std::string> arg_ctypes;
};

Decls declarations(const Adjoint& adj) {
  Decls d;
  // Few distinct types occur; spell each once.
  std::deque<std::pair<types::Type, std::string>> spelled;  // deque: references stay valid
  auto ctype_of = [&](const types::Type& t) -> const std::string& {
    for (const auto& [k, v] : spelled) {
      if (k == t) return v;
    }
    return spelled.emplace_back(t, t.ctype()).second;
  };
  d.primal.reserve(adj.variables.size());
  d.dual.reserve(adj.variables.size());
  const bool shared_tiles = std::any_of(adj.variables.begin(), adj.variables.end(), [](const Var* v) {
    return v->type.is_tile() && v->type.tile->storage == types::TileStorage::Shared && v->type.tile->owner;
  });
  for (const Var* v : adj.variables) {
    const std::string& ct = ctype_of(v->type);
    if (v->type.is_tile()) {  // codegen_func_forward / _reverse: tiles are initialized, their adjoints
      const types::TileDef& tile = *v->type.tile;  // registers of their own or aliases of shared storage
      d.primal.push_back(d.text.keep({ct, " var_", v->label, " = ", tile.cinit(false), ";"}));
      if (shared_tiles) d.primal_reverse.push_back(d.text.keep({ct, " var_", v->label, " = ", tile.cinit(true), ";"}));
      d.dual.push_back(tile.storage == types::TileStorage::Register
                           ? d.text.keep({ct, " adj_", v->label, "{};"})
                           : d.text.keep({ct, "& adj_", v->label, " = var_", v->label, ";"}));
      continue;
    }
    d.primal.push_back(v->constant ? d.text.keep({"const ", ct, " var_", v->label, " = ", constant_str(*v), ";"})
                                   : d.text.keep({ct, " var_", v->label, ";"}));
    if (shared_tiles) d.primal_reverse.push_back(d.primal.back());
    const std::string& dual_ct = v->type.reference ? ctype_of(v->type.value()) : ct;
    d.dual.push_back(d.text.keep({dual_ct, " adj_", v->label, " = {};"}));
  }
  for (const Var* a : adj.args) d.arg_ctypes.push_back(a->type.ctype());
  return d;
}

// An argument's adjoint type in reverse signatures (CUDA kernels, functions): its own, but an indexed
// array's gradient is a plain array ("indexed array gradients are regular arrays", codegen_func/_kernel).
std::string adjoint_arg_ctype(const Var& a, const std::string& ctype) {
  if (!a.type.is_array() || a.type.array_class != types::ArrayClass::Indexed) return ctype;
  return types::Type::array_of(a.type.dtype(), a.type.ndim).ctype();
}

void argument_vars(const Adjoint& adj, const Decls& d, Body& b, bool with_adjoints) {
  b.line("//---------");
  b.line("// argument vars");
  for (size_t i = 0; i < adj.args.size(); ++i) {
    const std::string& l = adj.args[i]->label;
    b.line(d.arg_ctypes[i], " var_", l, " = _wp_args->", l, ";");
  }
  if (!with_adjoints) return;
  for (size_t i = 0; i < adj.args.size(); ++i) {
    const std::string& l = adj.args[i]->label;
    b.line(d.arg_ctypes[i], " adj_", l, " = _wp_adj_args->", l, ";");
  }
}

// codegen_func_forward
// grid_stride: a CUDA kernel body inside the grid-stride loop, where `return;` becomes `continue;`.
void forward_body(std::string& out, const Adjoint& adj, const Decls& d, bool kernel, bool cuda, bool grid_stride) {
  Body b(out, cuda && kernel ? 8 : 4);
  if (!cuda && kernel) argument_vars(adj, d, b, false);
  b.line("//---------");
  b.line("// primal vars");
  b.lines(d.primal.begin(), d.primal.end());
  b.line("//---------");
  b.line("// forward");
  const auto& fwd = adj.body().forward;
  auto run = fwd.begin();  // start of the lines not yet written
  if (cuda && kernel && grid_stride) {
    for (auto it = fwd.begin(); it != fwd.end(); ++it) {
      size_t first = 0;  // statements are indented with spaces only
      while (first < it->size() && (*it)[first] == ' ') ++first;
      if (it->compare(first, 7, "return;") != 0) continue;
      b.lines(run, it);
      std::string s(*it);
      for (size_t p = s.find("return;"); p != std::string::npos; p = s.find("return;", p + 9))
        s.replace(p, 7, "continue;");
      b.line(s);
      run = it + 1;
    }
  }
  b.lines(run, fwd.end());
}

// codegen_func_reverse
void reverse_body(std::string& out, const Adjoint& adj, const Decls& d, bool kernel, bool cuda, bool grid_stride) {
  Body b(out, cuda && kernel ? 8 : 4);
  if (!cuda && kernel) argument_vars(adj, d, b, true);
  b.line("//---------");
  b.line("// primal vars");
  const auto& primal = d.primal_reverse.empty() ? d.primal : d.primal_reverse;
  b.lines(primal.begin(), primal.end());
  b.line("//---------");
  b.line("// dual vars");
  b.lines(d.dual.begin(), d.dual.end());
  b.line("//---------");
  b.line("// forward");
  b.lines(adj.body().replay.begin(), adj.body().replay.end());
  b.line("//---------");
  b.line("// reverse");
  const auto& rev = adj.body().reverse;
  b.lines(rev.rbegin(), rev.rend());
  b.line(cuda && kernel && grid_stride ? "continue;" : "return;");
}

std::string return_ctype(const Adjoint& adj) {
  if (adj.return_var && adj.return_var->size() == 1) return (*adj.return_var)[0]->type.ctype();
  return "void";
}

// A @wp.func's bodies and argument lists do not depend on the device (only its kernel bodies do), so
// they are rendered once per module and formatted into each device's template.
struct FunctionText {
  std::string forward_args, reverse_args, forward_body, reverse_body, return_type;
};

FunctionText function_text(const Adjoint& adj, const Decls& d) {
  FunctionText t;
  std::vector<std::string> fwd_args, rev_args;
  for (size_t i = 0; i < adj.args.size(); ++i) fwd_args.push_back(d.arg_ctypes[i] + " " + adj.args[i]->emit());
  // codegen_func: several results are out-parameters ret_<i> after the arguments, their adjoints
  // adj_ret_<i> after the arguments' adjoints
  const bool multiple_outputs = adj.return_var && adj.return_var->size() > 1;
  for (size_t i = 0; multiple_outputs && i < adj.return_var->size(); ++i)
    fwd_args.push_back((*adj.return_var)[i]->type.ctype() + " & ret_" + std::to_string(i));
  rev_args = fwd_args;
  for (size_t i = 0; i < adj.args.size(); ++i)
    rev_args.push_back(adjoint_arg_ctype(*adj.args[i], d.arg_ctypes[i]) + " & adj_" + adj.args[i]->label);
  for (size_t i = 0; multiple_outputs && i < adj.return_var->size(); ++i)
    rev_args.push_back((*adj.return_var)[i]->type.ctype() + " & adj_ret_" + std::to_string(i));
  t.return_type = return_ctype(adj);
  if (t.return_type != "void") rev_args.push_back(t.return_type + " & adj_ret");
  t.forward_args = indent(fwd_args);
  t.reverse_args = indent(rev_args);
  forward_body(t.forward_body, adj, d, false, false, false);
  if (adj.used_by_backward_kernel) {
    reverse_body(t.reverse_body, adj, d, false, false, false);
  } else {
    t.reverse_body = "\t// reverse mode disabled (no backward-enabled kernel depends on this function)\n";
  }
  return t;
}

void function_forward(std::string& out, const Adjoint& adj, const FunctionText& t, const std::string& path, bool cuda) {
  std::string lineno = std::to_string(adj.fun_lineno());
  format_into(out, cuda ? templates::cuda_forward_function_template : templates::cpu_forward_function_template,
              {{"name", adj.info.native},
               {"return_type", t.return_type},
               {"inline_attr", ""},
               {"forward_args", t.forward_args},
               {"forward_body", t.forward_body},
               {"filename", path},
               {"lineno", lineno},
               {"line_directive", ""}});
}

void function_reverse(std::string& out, const Adjoint& adj, const FunctionText& t, const std::string& path, bool cuda) {
  std::string lineno = std::to_string(adj.fun_lineno());
  format_into(out, cuda ? templates::cuda_reverse_function_template : templates::cpu_reverse_function_template,
              {{"name", adj.info.native},
               {"return_type", t.return_type},
               {"inline_attr", ""},
               {"reverse_args", t.reverse_args},
               {"reverse_body", t.reverse_body},
               {"filename", path},
               {"lineno", lineno},
               {"line_directive", ""}});
}

void kernel_source(std::string& out, const KernelBuild& k, const Decls& d, bool cuda) {
  const Adjoint& adj = *k.adj;
  const std::string& name = k.mangled;
  std::string dim = "wp::launch_bounds_t<" + std::to_string(adj.kernel_dim) + "> dim";
  std::vector<std::string> fwd_args{dim};
  std::vector<std::string> rev_args{dim};
  if (!cuda) {
    out += "struct wp_args_" + name + " {\n";
    for (size_t i = 0; i < adj.args.size(); ++i) out += "    " + d.arg_ctypes[i] + " " + adj.args[i]->label + ";\n";
    out += "};\n";
    fwd_args.push_back("size_t task_index");
    rev_args.push_back("size_t task_index");
  } else {
    for (size_t i = 0; i < adj.args.size(); ++i) fwd_args.push_back(d.arg_ctypes[i] + " var_" + adj.args[i]->label);
    for (size_t i = 0; i < adj.args.size(); ++i) rev_args.push_back(d.arg_ctypes[i] + " var_" + adj.args[i]->label);
    for (size_t i = 0; i < adj.args.size(); ++i)
      rev_args.push_back(adjoint_arg_ctype(*adj.args[i], d.arg_ctypes[i]) + " adj_" + adj.args[i]->label);
  }
  // The bodies are written in place when the template reaches them (no intermediate copies).
  const Writer fwd_body = [&](std::string& o) { forward_body(o, adj, d, true, cuda, k.grid_stride); };
  const Writer rev_body = [&](std::string& o) { reverse_body(o, adj, d, true, cuda, k.grid_stride); };
  std::string fa = indent(fwd_args), ra = indent(rev_args);
  std::string fname = cuda ? name + "_cuda_kernel_forward" : name;
  const KernelOptions& o = *k.options;
  const std::string_view spilling = cuda && o.smem_spilling ? "    WP_ENABLE_SMEM_SPILLING();\n" : "";
  std::string bname = cuda ? name + "_cuda_kernel_backward" : name;
  Fields fields = {{"name", name},
                   {"forward_name", fname},
                   {"backward_name", bname},
                   {"forward_args", fa},
                   {"reverse_args", ra},
                   {"line_directive", ""},
                   {"launch_bounds_str", cuda ? std::string_view(o.launch_bounds_str) : ""},
                   {"cluster_dims_str", cuda ? std::string_view(o.cluster_dims_str) : ""},
                   {"max_registers_str", cuda ? std::string_view(o.max_registers_str) : ""},
                   {"forward_smem_spilling_str", spilling},
                   {"backward_smem_spilling_str", spilling},
                   {"forward_array_setup", ""},
                   {"backward_array_setup", ""}};
  const std::string_view cuda_forward =
      k.grid_stride ? templates::cuda_kernel_template_forward_grid_stride : templates::cuda_kernel_template_forward;
  const std::string_view cuda_backward =
      k.grid_stride ? templates::cuda_kernel_template_backward_grid_stride : templates::cuda_kernel_template_backward;
  format_into(out, cuda ? cuda_forward : templates::cpu_kernel_template_forward, fields,
              {{"forward_body", &fwd_body}, {"reverse_body", &rev_body}});
  if (k.enable_backward) {
    format_into(out, cuda ? cuda_backward : templates::cpu_kernel_template_backward, fields,
                {{"forward_body", &fwd_body}, {"reverse_body", &rev_body}});
  }
}

// codegen_module for the CPU with block_dim != 1: the block-thunk entry points.
void cpu_module_source(std::string& out, const KernelBuild& k) {
  const std::string& name = k.mangled;
  std::string ndim = std::to_string(k.adj->kernel_dim);
  std::string fwd_entry = format(templates::cpu_block_entry_body_forward, {{"name", name}});
  std::string bwd_entry = format(templates::cpu_block_entry_body_backward, {{"name", name}});
  while (!fwd_entry.empty() && fwd_entry.back() == '\n') fwd_entry.pop_back();
  while (!bwd_entry.empty() && bwd_entry.back() == '\n') bwd_entry.pop_back();
  Fields fields = {
      {"name", name}, {"launch_ndim", ndim}, {"forward_entry_body", fwd_entry}, {"backward_entry_body", bwd_entry}};
  format_into(out, templates::cpu_block_module_template_forward, fields);
  format_into(out, templates::cpu_module_entry_template_forward, fields);
  if (k.enable_backward) {
    format_into(out, templates::cpu_block_module_template_backward, fields);
    format_into(out, templates::cpu_module_entry_template_backward, fields);
  }
}

}  // namespace

std::vector<std::string> emit_modules(const std::vector<const types::StructDef*>& structs,
                                      const std::vector<Adjoint*>& functions, const std::vector<KernelBuild>& kernels,
                                      const std::map<std::string, std::string>& lto_decls, const std::string& path,
                                      const std::vector<Device>& devices) {
  std::string struct_text;  // codegen_struct does not depend on the device
  for (const types::StructDef* s : structs) struct_text += codegen_struct(*s);
  std::vector<Decls> fdecls, kdecls;
  std::vector<FunctionText> ftext;
  for (const Adjoint* f : functions) {
    fdecls.push_back(declarations(*f));
    ftext.push_back(function_text(*f, fdecls.back()));
  }
  for (const KernelBuild& k : kernels) kdecls.push_back(declarations(*k.adj));
  // The header depends only on the device (block_dim is always 256 here): format it once.
  static const std::string cpu_header =
      format(templates::cpu_module_header, {{"block_dim", "256"}}) + std::string(templates::codegen_cast_macros);
  static const std::string cuda_header =
      format(templates::cuda_module_header, {{"block_dim", "256"}}) + std::string(templates::codegen_cast_macros);
  constexpr std::string_view kNoBfloat16 = "#define WP_NO_BFLOAT16\n";
  std::vector<std::string> modules;
  for (const Device device : devices) {
    const bool cuda = device == Device::Cuda;
    const std::string& header = cuda ? cuda_header : cpu_header;
    // Written in one buffer; the WP_NO_BFLOAT16 line is dropped afterwards if the body needs bfloat16.
    std::string out;
    // Sized like the previous device's module (CUDA indents kernel bodies deeper), else a guess.
    out.reserve(modules.empty() ? header.size() + 131072 : modules.back().size() + modules.back().size() / 8);
    out += kNoBfloat16;
    out += header;
    const size_t body_start = out.size();
    // a binary linking LTO-IR is marked (_APIC_LINK_INPUTS_MARKER), then the symbols are declared
    if (cuda && !lto_decls.empty()) {
      out += "#define WP_LTO_LINK_INPUTS 1\nextern \"C\" {\n";
      for (const auto& [symbol, decl] : lto_decls) out += decl + "\n";
      out += "}\n";
    }
    out += struct_text;
    for (size_t i = 0; i < functions.size(); ++i) function_forward(out, *functions[i], ftext[i], path, cuda);
    for (size_t i = 0; i < functions.size(); ++i) function_reverse(out, *functions[i], ftext[i], path, cuda);
    for (size_t i = 0; i < kernels.size(); ++i) {
      kernel_source(out, kernels[i], kdecls[i], cuda);
      if (!cuda) cpu_module_source(out, kernels[i]);
    }
    if (find_text(out, "bfloat16", body_start) != std::string::npos) out.erase(0, kNoBfloat16.size());
    modules.push_back(std::move(out));
  }
  return modules;
}

}  // namespace ws::codegen
