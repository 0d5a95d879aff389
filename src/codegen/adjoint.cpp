// Adjoint's core, which every emit_* builds on (codegen.py's Adjoint): Adjoint.build (parameters, the
// body, the struct epilogue), variables and constants (add_var, add_constant), the statement lists
// (add_forward, add_reverse, begin_block, end_block), the `// <source> <L n>` comments (set_lineno),
// the symbol table, and the two ways a call is emitted: add_call (Adjoint.add_call: the forward
// statement, its replay and its adjoint) and add_builtin (Adjoint.add_builtin_call: a builtin by key,
// the overload from lang/builtins.h, or the hook of a special form's row).
#include "codegen/adjoint.h"

#include <algorithm>
#include <charconv>
#include <span>
#include <stdexcept>

#include "frontend/unsupported.h"
#include "lang/builtins.h"

namespace ws::codegen {
namespace {

using namespace std::string_view_literals;
using frontend::decline;
using frontend::is_literal;

using frontend::Expr;
using frontend::ExprKind;
using frontend::Stmt;
using frontend::StmtKind;
using types::Scalar;
using types::Type;

// get_references' kernel_dim: the widest `a, b = wp.tid()` unpacking anywhere in the function.
void scan_tid_dims(const std::vector<frontend::StmtPtr>& body, const ModuleEnv& env, int& dim) {
  for (const auto& s : body) {
    if (s->kind == StmtKind::Assign && s->value->kind == ExprKind::Call) {
      const Expr& f = *s->value->items[0];
      if (f.kind == ExprKind::Attribute && f.text == "tid" && f.items[0]->kind == ExprKind::Name) {
        const Global* g = env.find(f.items[0]->text);
        if (g && g->kind == Global::Kind::WarpModule) {
          int n = s->target->kind == ExprKind::Tuple ? static_cast<int>(s->target->items.size()) : 1;
          dim = std::max(dim, n);
        }
      }
    }
    scan_tid_dims(s->body, env, dim);
    scan_tid_dims(s->orelse, env, dim);
  }
}

// `prefix` + label of each var, comma-separated, appended to `out`.
// Prefixes as views: appending a `const char*` costs a strlen per call on this hot path.
constexpr std::string_view kVarPrefix = "var_", kAdjPrefix = "adj_", kRefAdjPrefix = "&adj_";

void append_vars(std::string& out, std::span<Var* const> vars, std::string_view prefix) {
  for (size_t i = 0; i < vars.size(); ++i) {
    if (i) out.append(", ", 2);
    out += prefix;
    out += vars[i]->label;
  }
}

}  // namespace

std::string join_vars(std::span<Var* const> vars) {
  std::string s;
  append_vars(s, vars, kVarPrefix);
  return s;
}

Adjoint::Adjoint(const ModuleEnv& env, FuncInfo& f, ModuleBuild& build) : info(f), env_(env), module_(build) {}

// IR helpers

Var* Adjoint::add_var(const Type& t, std::optional<PyValue> constant) {
  Var& v = storage_.emplace_back(Var{std::to_string(variables.size()), t, std::move(constant)});
  variables.push_back(&v);
  blocks_.back()->vars.push_back(&v);
  return &v;
}

Var* Adjoint::add_constant(const PyValue& v) {
  Var* c = add_var(constant_type(v), v);
  c->typed_constant = v.warp_scalar;
  return c;
}

void Adjoint::add_forward(std::string_view stmt, std::optional<std::string_view> replay, bool skip_replay) {
  Block& b = *blocks_.back();
  const Line line = keep({indentation_, stmt});
  b.forward.push_back(line);
  if (!skip_replay) b.replay.push_back(replay ? keep({indentation_, *replay}) : line);
}

void Adjoint::add_reverse(std::string_view stmt) {
  blocks_.back()->reverse.push_back(keep({indentation_, stmt}));
}

Block& Adjoint::begin_block(const std::string& name) {
  auto b = std::make_unique<Block>();
  b->label = name + "_" + std::to_string(label_count_++);
  blocks_.push_back(std::move(b));
  return *blocks_.back();
}

std::unique_ptr<Block> Adjoint::end_block() {
  auto b = std::move(blocks_.back());
  blocks_.pop_back();
  return b;
}

void Adjoint::set_lineno(int line) {
  int rel = line - info.fun_lineno;
  if (lineno_ && *lineno_ == rel) return;
  lineno_ = rel;
  if (rel < 0 || static_cast<size_t>(rel) >= info.source_lines.size())
    decline("line outside the function source", {line, 1});
  std::string_view src = info.source_lines[static_cast<size_t>(rel)];
  const size_t b = src.find_first_not_of(' ');
  const std::string_view text =
      b == std::string_view::npos ? std::string_view() : src.substr(b, src.find_last_not_of(' ') - b + 1);
  // `// <text padded to 80 - indentation>       <L n>` forward, `// adj: <padded text>  <L n>` reverse
  static constexpr std::string_view kSpaces =
      "                                                                                ";
  static_assert(kSpaces.size() == 80);
  const size_t width = 80 > indentation_.size() ? 80 - indentation_.size() : 0;
  // str.ljust counts characters: UTF-8 continuation bytes do not
  const size_t chars = text.size() - static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
                         return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
                       }));
  const std::string_view pad = kSpaces.substr(0, chars < width ? width - chars : 0);
  char num[16];
  const int shown = rel + fun_lineno();
  const std::string_view n(num, static_cast<size_t>(std::to_chars(num, num + sizeof num, shown).ptr - num));
  std::string& l = line_scratch_;
  l.assign("// "sv).append(text).append(pad).append("       <L "sv).append(n).push_back('>');
  add_forward(l);
  l.assign("// adj: "sv).append(text).append(pad).append("  <L "sv).append(n).push_back('>');
  add_reverse(l);
}

Var* Adjoint::lookup(std::string_view name) const {
  for (const auto& [n, v] : symbols_) {
    if (frontend::same_text(n, name)) return v;
  }
  return nullptr;
}

void Adjoint::bind(std::string_view name, Var* v) {
  for (auto& [n, var] : symbols_) {
    if (frontend::same_text(n, name)) {
      var = v;
      return;
    }
  }
  symbols_.emplace_back(name, v);
}

bool Adjoint::is_shadowed_warp(const Expr& e) const {
  if (e.kind != ExprKind::Name || lookup(e.text)) return false;
  const Global* g = env_.find(e.text);
  return g && g->kind == Global::Kind::WarpModule;
}

Var* Adjoint::load(Var* v) {
  if (!v->type.reference) return v;
  CallSpec spec{"wp::load", "wp::adj_load", {v->type.value()}, false, false, false, false, std::nullopt};
  return add_call(spec, {v}).front();
}

Vars Adjoint::add_call(const CallSpec& spec, const Vars& call_args) {
  Vars outputs;
  for (const Type& t : spec.outputs) outputs.push_back(add_var(t));
  Vars args_in = call_args;
  const PyValue* next_default = spec.defaults.begin();
  for (Var*& a : args_in) {
    if (!a) a = add_constant(*next_default++);
  }
  if (spec.cast_constants) {
    for (Var*& a : args_in) {
      // _cast_scalar_constant leaves non-scalar arguments (e.g. a vector constant) alone
      if (a->type == *spec.cast_constants || !a->constant || !a->type.is_scalar()) continue;
      Var* c = add_var(*spec.cast_constants, a->constant);
      c->typed_constant = true;
      a = c;
    }
  }
  if (spec.dispatch) spec.dispatch(args_in, outputs);
  Vars fwd_args;
  for (Var* a : args_in) fwd_args.push_back(spec.load_args ? load(a) : a);

  // Every load above is done before the scratch strings are used: add_call does not re-enter below.
  std::string& fwd = args_scratch_;
  fwd.clear();
  if (spec.init_list) fwd += '{';
  if (!spec.callable.empty()) {
    fwd += spec.callable;
    if (!fwd_args.empty()) fwd += ", "sv;
  }
  append_vars(fwd, fwd_args, kVarPrefix);
  if (spec.init_list) fwd += '}';
  // The statement is written after a "// " prefix, so the commented-out replay of a skip_replay
  // call is the same buffer.
  std::string& call = line_scratch_;
  call.assign("// "sv);
  if (outputs.size() == 1) {
    call += kVarPrefix;
    call += outputs[0]->label;
    call += " = "sv;
  }
  call += spec.name;
  call += '(';
  call += fwd;
  if (outputs.size() > 1) {
    if (!fwd.empty()) call += ", "sv;
    append_vars(call, outputs, kVarPrefix);
  }
  call += ");"sv;
  const std::string_view stmt = std::string_view(call).substr(3);
  if (spec.skip_replay) {
    add_forward(stmt, call);
  } else {
    add_forward(stmt);
  }

  if (spec.diff && (!args_in.empty() || !spec.callable.empty())) {
    if (spec.init_list && (spec.req_out || outputs.size() != 1))
      throw std::logic_error("initializer-list call with output arguments");  // no such builtin is modelled
    // adj_name(fwd args, [outputs,] adjoints of the args, [adjoints of the outputs])
    std::string& rev = line_scratch_;
    rev.clear();
    rev += spec.adj_name;
    rev += '(';
    if (!fwd.empty()) {
      rev += fwd;
      rev += ", "sv;
    }
    if ((spec.req_out || outputs.size() > 1) && !outputs.empty()) {
      append_vars(rev, outputs, kVarPrefix);
      rev += ", "sv;
    }
    if (spec.init_list) rev += '{';
    if (!spec.callable_adj.empty()) {
      rev += spec.callable_adj;
      if (!args_in.empty()) rev += ", "sv;
    }
    append_vars(rev, args_in, spec.init_list ? kRefAdjPrefix : kAdjPrefix);
    if (spec.init_list) rev += '}';
    if (!outputs.empty()) {
      rev += ", "sv;
      append_vars(rev, outputs, kAdjPrefix);
    }
    rev += ");"sv;
    add_reverse(rev);
  }
  return outputs;
}

// Adjoint.add_builtin_call: a builtin by key. A special form of the language table goes to the hook its
// row names (adjoint_builtin_forms.cpp); every other key is resolved against the Call rows.
Var* Adjoint::add_builtin(std::string_view key, const Vars& a, frontend::Pos at) {
  SmallVector<Type, 6> types;
  for (Var* v : a) types.push_back(v->type.value());
  // builtins.py's tile overloads of the operators (tile_add, tile_mul, ...) and the forms Warp's own
  // emitters would call with a tile (copy, where and assign reproduced there; others, such as extract,
  // declined)
  if (std::any_of(types.begin(), types.end(), [](const Type& t) { return t.is_tile(); }))
    return tile_operator(key, a, at);
  if (const lang::Row* form = lang::special_form(key)) return add_builtin_form(*form, a, types, at);
  auto r = lang::resolve(key, types);
  if (!r) {
    std::string sig;
    for (const Type& t : types) sig += (sig.empty() ? "" : ", ") + t.type_code();
    decline("builtin '" + std::string(key) + "' with argument types (" + sig + ")", at);
  }
  SmallVector<Type, 2> outputs;
  if (!r->result.is_void()) outputs.push_back(r->result);
  CallSpec spec =
      builtin_spec(r->row->native, std::move(outputs), r->row->flags & lang::kDiff, r->row->flags & lang::kSkipReplay);
  spec.req_out = r->row->flags & lang::kReqOut;
  // the trailing arguments the call left out: null, for add_call to fill with the defaults
  Vars given = a;
  for (const lang::DefaultArg& d : r->defaulted) {
    spec.defaults.push_back(d.is_float ? PyValue::of_float(d.value) : PyValue::of_int(static_cast<int64_t>(d.value)));
    given.push_back(nullptr);
  }
  if (r->row->flags & lang::kTemplScalar)
    spec.name = keep({spec.name, "<", Type::scalar_of(r->result.scalar).ctype(), ">"});
  const Vars out = add_call(spec, given);
  return out.empty() ? nullptr : out.front();  // a builtin without a result (volume_store_f)
}

void Adjoint::build() {
  const Stmt& def = *info.def;
  blocks_.push_back(std::make_unique<Block>());
  if (info.is_kernel && def.annotation) decline("kernel return annotation", def.annotation->pos);
  for (size_t i = 0; i < def.params.size(); ++i) {
    const auto& p = def.params[i];
    if (!p.annotation) decline("parameter without annotation", p.pos);
    if (info.is_kernel && overload.empty() && generic_type_code(env_, *p.annotation))
      decline("generic kernel (its overloads come from wp.overload or launch)", p.annotation->pos);
    const Type t = overload.empty() ? annotation_type(env_, *p.annotation) : overload[i];
    Var& v = storage_.emplace_back(Var{std::string(p.name), t, std::nullopt});
    if (v.type.is_array()) v.origin = v.emit();  // _LValueOrigin.from_local(arg)
    args.push_back(&v);
    bind(p.name, &v);
  }
  if (info.is_kernel) scan_tid_dims(def.body, env_, kernel_dim);

  set_lineno(def.pos.line);
  for (const auto& s : def.body) {
    // docstrings and bare constants (wp.static() values included: Warp made them ast.Constant)
    if (s->kind == StmtKind::Expr && is_literal(*s->value)) continue;
    if (const StaticExpr* st = s->kind == StmtKind::Expr ? info.find_static(*s->value) : nullptr) {
      if (st->func) decline("wp.static() function as a statement", s->pos);
      continue;
    }
    eval_stmt(*s);
  }
  if (return_var && return_var->size() == 1 && def.body.back()->kind != StmtKind::Return) {
    add_forward("return {};", std::nullopt, true);
  }
  // an overload's Adjoint takes its arg_types from overload_annotations, without the return annotation:
  // only the template's is checked, and hashed
  if (def.annotation && overload.empty()) {
    // Adjoint.build's check of a tuple[...] annotation: as many elements as values, each types_equal
    if (auto elements = tuple_annotation(env_, *def.annotation)) {
      bool same = return_var && return_var->size() == elements->size();
      for (size_t i = 0; same && i < elements->size(); ++i) same = (*return_var)[i]->type.value() == (*elements)[i];
      if (!same) decline("return annotation that does not match the returned values", def.annotation->pos);
    } else {
      Type declared = annotation_type(env_, *def.annotation);
      if (!return_var || return_var->size() != 1 || (*return_var)[0]->type.value() != declared)
        decline("return annotation that does not match the returned value", def.annotation->pos);
    }
  }
  // Adjoint.build's epilogue: struct parameters (and struct array dtypes) are registered with the builder
  for (const Var* a : args) {
    if (a->type.strct) module_.use_struct(a->type.strct);
  }
}

}  // namespace ws::codegen
