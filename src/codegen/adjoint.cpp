#include "codegen/adjoint.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <span>
#include <stdexcept>

#include "builtins/builtins.h"
#include "codegen/py_repr.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using namespace std::string_view_literals;
using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using frontend::Stmt;
using frontend::StmtKind;
using types::Scalar;
using types::Type;

// codegen.builtin_operators for the binary/augmented operators the native backend supports.
std::string_view operator_key(std::string_view op) {
  if (op == "+") return "add";
  if (op == "-") return "sub";
  if (op == "*") return "mul";
  if (op == "/") return "div";
  if (op == "//") return "floordiv";
  if (op == "%") return "mod";
  if (op == "**") return "pow";
  if (op == "&") return "bit_and";
  if (op == "|") return "bit_or";
  if (op == "^") return "bit_xor";
  if (op == "<<") return "lshift";
  if (op == ">>") return "rshift";
  return {};
}

bool is_simple_compare(std::string_view op) {
  return op == "<" || op == ">" || op == "<=" || op == ">=" || op == "==" || op == "!=";
}

bool is_literal(const Expr& e) {
  return e.kind == ExprKind::Int || e.kind == ExprKind::Float || e.kind == ExprKind::Bool || e.kind == ExprKind::Str ||
         e.kind == ExprKind::None;
}

// Adjoint.contains_loop_control: a transfer in the body or nested ifs, not nested loops.
bool contains_loop_control(const std::vector<frontend::StmtPtr>& body, StmtKind kind) {
  for (const auto& s : body) {
    if (s->kind == kind) return true;
    if (s->kind == StmtKind::If && (contains_loop_control(s->body, kind) || contains_loop_control(s->orelse, kind)))
      return true;
  }
  return false;
}

void collect_store_names(const Expr& target, std::vector<std::string_view>& out) {
  if (target.kind == ExprKind::Name) out.push_back(target.text);
  if (target.kind == ExprKind::Tuple) {
    for (const auto& e : target.items) collect_store_names(*e, out);
  }
}

void collect_store_names(const std::vector<frontend::StmtPtr>& body, std::vector<std::string_view>& out) {
  for (const auto& s : body) {
    if (s->target) collect_store_names(*s->target, out);
    collect_store_names(s->body, out);
    collect_store_names(s->orelse, out);
  }
}

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

// "var_a, var_b, ...": a call's argument list.
std::string join_vars(std::span<Var* const> vars) {
  std::string s;
  append_vars(s, vars, kVarPrefix);
  return s;
}

}  // namespace

std::string constant_str(const PyValue& v) {
  switch (v.kind) {
    case PyValue::Kind::FloatVec: {
      // constant_str of a ctypes array: each float32 element as Python prints it, lowercased
      std::string s = "wp::initializer_array<" + std::to_string(v.len) + ",wp::float32>{";
      for (size_t k = 0; k < v.len; ++k) {
        std::string x = python_float_repr(static_cast<double>(v.vec[k]));
        for (char& ch : x) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        s += (k ? ", " : "") + x;
      }
      return s + "}";
    }
    case PyValue::Kind::Bool:
      return v.i ? "true" : "false";
    case PyValue::Kind::Int:
      return std::to_string(v.i);
    case PyValue::Kind::Float:
      if (std::isinf(v.f)) return v.f > 0 ? "INFINITY" : "-INFINITY";
      if (std::isnan(v.f)) return "NAN";
      return python_float_repr(v.f);
  }
  return {};
}

// Parses an argument annotation: float/int/bool, wp.<scalar|vector|matrix>, wp.array(dtype=T[, ndim=N]),
// wp.arrayNd(dtype=T).
Type annotation_type(const ModuleEnv& env, const Expr& e) {
  auto is_wp = [&](const Expr& x) {
    if (x.kind != ExprKind::Name) return false;
    const Global* g = env.find(x.text);
    return g && g->kind == Global::Kind::WarpModule;
  };
  if (e.kind == ExprKind::Name && !env.find(e.text)) {
    if (auto t = types::lookup_type_name(e.text, true)) return *t;
  }
  if (e.kind == ExprKind::Name) {
    if (const Global* g = env.find(e.text); g && g->kind == Global::Kind::Struct) {
      // Python evaluates annotations when the function is defined
      if (g->strct->line >= e.pos.line) decline("struct used in an annotation before its definition", e.pos);
      return Type::struct_of(g->strct);
    }
  }
  if (e.kind == ExprKind::Attribute && is_wp(*e.items[0])) {
    if (auto t = types::lookup_type_name(e.text, false)) return *t;
  }
  auto array_ndim = [](std::string_view ctor) {
    return ctor == "array" ? 1 : ctor == "array2d" ? 2 : ctor == "array3d" ? 3 : ctor == "array4d" ? 4 : 0;
  };
  // wp.array[dtype] / wp.arrayNd[dtype]: Warp's _ArrayAnnotation, the same argument type as the call form
  if (e.kind == ExprKind::Subscript && e.items[0]->kind == ExprKind::Attribute && is_wp(*e.items[0]->items[0]) &&
      array_ndim(e.items[0]->text) != 0) {
    Type dtype = annotation_type(env, *e.items[1]);
    if (dtype.kind == types::Kind::Array) decline("array annotation without a value dtype", e.pos);
    return Type::array_of(dtype, array_ndim(e.items[0]->text));
  }
  if (e.kind == ExprKind::Call && e.items.size() == 1 && e.items[0]->kind == ExprKind::Attribute &&
      is_wp(*e.items[0]->items[0])) {
    std::string_view ctor = e.items[0]->text;
    int ndim = array_ndim(ctor);
    if (ndim == 0) decline("annotation", e.pos);
    std::optional<Type> dtype;
    for (const auto& kw : e.keywords) {
      if (kw.name == "dtype") {
        dtype = annotation_type(env, *kw.value);
      } else if (kw.name == "ndim" && ctor == "array" && kw.value->kind == ExprKind::Int && kw.value->int_value >= 1 &&
                 kw.value->int_value <= 4) {
        ndim = static_cast<int>(kw.value->int_value);
      } else {
        decline("array annotation argument", kw.pos);
      }
    }
    if (!dtype || dtype->kind == types::Kind::Array) decline("array annotation without a value dtype", e.pos);
    return Type::array_of(*dtype, ndim);
  }
  decline("annotation", e.pos);
}

std::string constant_str(const Var& v) {
  std::string s = constant_str(*v.constant);
  if (v.typed_constant && v.constant->kind == PyValue::Kind::Int) {
    if (v.type.scalar == Scalar::UInt64) return s + "ull";
    if (v.type.scalar == Scalar::Int64) return s + "ll";
    if (v.type.scalar == Scalar::UInt32) return s + "u";
  }
  return s;
}

Type constant_type(const PyValue& v) {
  switch (v.kind) {
    case PyValue::Kind::FloatVec:
      return Type::vector_of(v.len, Scalar::Float32);
    case PyValue::Kind::Bool:
      return Type::scalar_of(Scalar::Bool);
    case PyValue::Kind::Int:
      return Type::scalar_of(Scalar::Int32);
    case PyValue::Kind::Float:
      break;
  }
  return Type::scalar_of(Scalar::Float32);
}

// Callee names are views: literals, or text kept in the adjoint's arena (no allocation per call).
struct Adjoint::CallSpec {
  std::string_view name;      // forward C++ callee, e.g. "wp::sin", "sq_0"
  std::string_view adj_name;  // reverse C++ callee, e.g. "wp::adj_sin", "adj_sq_0"
  SmallVector<Type, 2> outputs;
  bool diff = false;
  bool req_out = false;
  bool skip_replay = false;
  bool load_args = true;  // false for `load` itself, whose dispatch passes the reference through
  // vector_dispatch_func: constant arguments of another type become new constants of this scalar
  std::optional<Type> cast_constants;
  // initializer_list_func: the arguments travel as {a, b, ...} and their adjoints as {&adj_a, ...}
  bool init_list = false;
};

Adjoint::Adjoint(const ModuleEnv& env, FuncInfo& f, ModuleBuild& build) : info(f), env_(env), module_(build) {}

// ---------------------------------------------------------------------------------------------
// IR helpers

Var* Adjoint::add_var(const Type& t, std::optional<PyValue> constant) {
  Var& v = storage_.emplace_back(Var{std::to_string(variables.size()), t, std::move(constant)});
  variables.push_back(&v);
  blocks_.back()->vars.push_back(&v);
  return &v;
}

Var* Adjoint::add_constant(const PyValue& v) {
  return add_var(constant_type(v), v);
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
  const std::string_view pad = kSpaces.substr(0, text.size() < width ? width - text.size() : 0);
  char num[16];
  const std::string_view n(num, static_cast<size_t>(std::to_chars(num, num + sizeof num, line).ptr - num));
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
  if (spec.cast_constants) {
    for (Var*& a : args_in) {
      // _cast_scalar_constant leaves non-scalar arguments (e.g. a vector constant) alone
      if (a->type == *spec.cast_constants || !a->constant || !a->type.is_scalar()) continue;
      Var* c = add_var(*spec.cast_constants, a->constant);
      c->typed_constant = true;
      a = c;
    }
  }
  Vars fwd_args;
  for (Var* a : args_in) fwd_args.push_back(spec.load_args ? load(a) : a);

  // Every load above is done before the scratch strings are used: add_call does not re-enter below.
  std::string& fwd = args_scratch_;
  fwd.clear();
  if (spec.init_list) fwd += '{';
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

  if (spec.diff && !args_in.empty()) {
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

// Builtins that codegen.py calls by key (add_builtin_call) plus the operator/math table rows.
Var* Adjoint::add_builtin(std::string_view key, const Vars& a, frontend::Pos at) {
  SmallVector<Type, 6> types;
  for (Var* v : a) types.push_back(v->type.value());
  auto spec_of = [this](std::string_view native, SmallVector<Type, 2> outs, bool diff, bool skip_replay = false) {
    return CallSpec{keep({"wp::", native}),
                    keep({"wp::adj_", native}),
                    std::move(outs),
                    diff,
                    false,
                    skip_replay,
                    true,
                    std::nullopt};
  };
  auto is_value_type = [](const Type& t) {
    return t.kind == types::Kind::Scalar || t.kind == types::Kind::Vector || t.kind == types::Kind::Matrix ||
           t.kind == types::Kind::Quat || t.kind == types::Kind::Transform;
  };
  // copy, assign and where take structs as well
  if ((key == "copy" || key == "assign") && !is_value_type(types[0]) && !types[0].is_struct())
    decline("copy of a non-value type", at);
  if (key == "where" && !is_value_type(types[1]) && !types[1].is_struct())
    decline("conditional merge of a non-value type", at);
  if (key == "copy") return add_call(spec_of("copy", {types[0]}, true), a).front();
  if (key == "assign") {
    if (types[0] != types[1]) decline("assignment of a different type in a loop", at);
    add_call(spec_of("assign", {}, true), a);
    return nullptr;
  }
  if (key == "where") {
    if (!types[0].is_bool() || types[1] != types[2]) decline("conditional merge of different types", at);
    return add_call(spec_of("where", {types[1]}, true), a).front();
  }
  if (key == "iter_next") return add_call(spec_of("iter_next", {Type::scalar_of(Scalar::Int32)}, false), a).front();
  if (key == "range") {
    for (const Type& t : types) {
      if (t != Type::scalar_of(Scalar::Int32)) decline("range() with non-int32 arguments", at);
    }
    return add_call(spec_of("range", {Type::range()}, false), a).front();
  }
  if (key == "extract" && types[0].kind == types::Kind::Shape) {
    if (!types[1].is_int()) decline("shape index", at);
    return add_call(spec_of("extract", {Type::scalar_of(Scalar::Int32)}, false), a).front();
  }
  if (key == "extract") {
    for (size_t i = 1; i < types.size(); ++i) {
      if (!types[i].is_int()) decline("non-integer index", at);
    }
    Type out;
    if ((types[0].is_vector() || types[0].is_quat() || types[0].is_transform()) && types.size() == 2) {
      out = Type::scalar_of(types[0].scalar);
    } else if (types[0].is_matrix() && types.size() == 2) {
      out = Type::vector_of(types[0].cols, types[0].scalar);  // a row
    } else if (types[0].is_matrix() && types.size() == 3) {
      out = Type::scalar_of(types[0].scalar);
    } else {
      decline("subscript of this type", at);
    }
    return add_call(spec_of("extract", {out}, true), a).front();
  }
  bool is_address = key == "address";
  bool is_store = key == "array_store";
  bool is_bitwise_atomic = key == "atomic_and" || key == "atomic_or" || key == "atomic_xor";
  bool is_atomic = key == "atomic_add" || key == "atomic_sub" || key == "atomic_min" || key == "atomic_max" ||
                   key == "atomic_exch" || is_bitwise_atomic;
  if (is_address || is_store || is_atomic) {
    const Type& arr = types[0];
    size_t nidx = a.size() - (is_address ? 1 : 2);
    if (!arr.is_array() || nidx != arr.ndim) decline("array access with " + std::to_string(nidx) + " indices", at);
    for (size_t i = 1; i <= nidx; ++i) {
      if (!types[i].is_int()) decline("non-integer array index", at);
    }
    if (!is_address && types.back() != arr.dtype()) decline("array element of a different type", at);
    if (is_atomic && arr.dtype_kind == types::Kind::Struct) decline("atomic on a struct array", at);
    // atomic_op_constraint: add/sub take [u]int32/64, float16/32/64 scalars; min/max/exch no float16
    // (Warp rejects the others; bfloat16 is not modelled)
    if (is_atomic && (arr.scalar == Scalar::Bool || arr.scalar == Scalar::Int8 || arr.scalar == Scalar::UInt8 ||
                      arr.scalar == Scalar::Int16 || arr.scalar == Scalar::UInt16 ||
                      (arr.scalar == Scalar::Float16 && key != "atomic_add" && key != "atomic_sub"))) {
      decline("atomic on a narrow element type", at);
    }
    if (is_bitwise_atomic && arr.scalar != Scalar::Int32 && arr.scalar != Scalar::UInt32 &&
        arr.scalar != Scalar::Int64 && arr.scalar != Scalar::UInt64)
      decline("bitwise atomic on this element type", at);
    if (is_address) return add_call(spec_of("address", {arr.dtype().as_reference()}, true), a).front();
    if (is_store) {
      add_call(spec_of("array_store", {}, true, true), a);
      return nullptr;
    }
    // exch, and, or, xor: not differentiable
    return add_call(spec_of(key, {arr.dtype()}, key != "atomic_exch" && !is_bitwise_atomic, true), a).front();
  }
  auto r = builtins::resolve(key, types);
  if (!r) {
    std::string sig;
    for (const Type& t : types) sig += (sig.empty() ? "" : ", ") + t.type_code();
    decline("builtin '" + std::string(key) + "' with argument types (" + sig + ")", at);
  }
  CallSpec spec =
      spec_of(r->row->native, {r->result}, r->row->flags & builtins::kDiff, r->row->flags & builtins::kSkipReplay);
  spec.req_out = r->row->flags & builtins::kReqOut;
  if (r->row->flags & builtins::kTemplScalar)
    spec.name = keep({spec.name, "<", Type::scalar_of(r->result.scalar).ctype(), ">"});
  return add_call(spec, a).front();
}

// ---------------------------------------------------------------------------------------------
// function body

void Adjoint::build() {
  const Stmt& def = *info.def;
  blocks_.push_back(std::make_unique<Block>());
  if (info.is_kernel && def.annotation) decline("kernel return annotation", def.annotation->pos);
  for (const auto& p : def.params) {
    if (!p.annotation) decline("parameter without annotation", p.pos);
    Var& v = storage_.emplace_back(Var{std::string(p.name), annotation_type(env_, *p.annotation), std::nullopt});
    if (v.type.is_array()) v.origin = v.emit();  // _LValueOrigin.from_local(arg)
    args.push_back(&v);
    bind(p.name, &v);
  }
  if (info.is_kernel) scan_tid_dims(def.body, env_, kernel_dim);

  set_lineno(def.pos.line);
  for (const auto& s : def.body) {
    if (s->kind == StmtKind::Expr && is_literal(*s->value)) continue;  // docstrings and bare constants
    eval_stmt(*s);
  }
  if (return_var && return_var->size() == 1 && def.body.back()->kind != StmtKind::Return) {
    add_forward("return {};", std::nullopt, true);
  }
  if (def.annotation) {
    Type declared = annotation_type(env_, *def.annotation);
    if (!return_var || return_var->size() != 1 || (*return_var)[0]->type.value() != declared)
      decline("return annotation that does not match the returned value", def.annotation->pos);
  }
  // Adjoint.build's epilogue: struct parameters (and struct array dtypes) are registered with the builder
  for (const Var* a : args) {
    if (a->type.strct) module_.use_struct(a->type.strct);
  }
}

void Adjoint::eval_body(const std::vector<frontend::StmtPtr>& body) {
  for (const auto& s : body) eval_stmt(*s);
}

void Adjoint::eval_stmt(const Stmt& s) {
  set_lineno(s.pos.line);
  switch (s.kind) {
    case StmtKind::Expr:
      if (s.value->kind == ExprKind::Call) {
        emit_call(*s.value, 0);
      } else {
        eval(*s.value);
      }
      return;
    case StmtKind::Assign:
      return emit_assign(s);
    case StmtKind::AugAssign:
      return emit_aug_assign(s);
    case StmtKind::If:
      return emit_if(s);
    case StmtKind::For:
      return emit_for(s);
    case StmtKind::While:
      return emit_while(s);
    case StmtKind::Break:
      return emit_loop_exit(s, "end_");
    case StmtKind::Continue:
      return emit_loop_exit(s, "start_");
    case StmtKind::Return:
      return emit_return(s);
    case StmtKind::Pass:
      return;
    default:
      decline("statement", s.pos);
  }
}

void Adjoint::emit_assign(const Stmt& s) {
  const Expr& lhs = *s.target;
  const Expr& value = *s.value;
  if (lhs.kind == ExprKind::Tuple) {
    Vars rhs;
    if (value.kind == ExprKind::Tuple) {
      for (const auto& v : value.items) rhs.push_back(eval(*v));
    } else if (value.kind == ExprKind::Call) {
      if (lhs.items.size() < 2) decline("unpacking a call into a single name", lhs.pos);
      set_lineno(value.pos.line);  // Warp evals the call node itself here
      rhs = emit_call(value, lhs.items.size());
    } else {
      decline("tuple unpacking of a non-tuple value", value.pos);
    }
    if (rhs.size() != lhs.items.size()) decline("unpacking arity mismatch", lhs.pos);
    for (size_t i = 0; i < rhs.size(); ++i) {
      const Expr& t = *lhs.items[i];
      if (t.kind != ExprKind::Name) decline("tuple target other than names", t.pos);
      if (!rhs[i]) decline("void value", value.pos);
      if (Var* old = lookup(t.text); old && old->type.value() != rhs[i]->type)
        decline("type change on assignment", t.pos);
      bind(t.text, rhs[i]);
    }
    return;
  }
  if (value.kind == ExprKind::Tuple) decline("tuple value", value.pos);
  if (lhs.kind == ExprKind::Name) {
    Var* rhs = eval(value);
    if (!rhs) decline("void value", value.pos);
    if (Var* old = lookup(lhs.text); old && old->type.value() != rhs->type.value())
      decline("type change on assignment", lhs.pos);
    Var* out = rhs;
    if (value.kind == ExprKind::Name || rhs->type.reference) out = add_builtin("copy", {rhs}, value);
    bind(lhs.text, out);
    return;
  }
  if (lhs.kind == ExprKind::Attribute) {
    Var* rhs = eval(value);
    if (!rhs) decline("void value", value.pos);
    if (rhs->type.reference) rhs = add_builtin("copy", {rhs}, value);
    if (emit_array_slot_store(lhs, rhs)) return;
    if (emit_struct_field_store(lhs, rhs)) return;
    const Expr& base = *lhs.items[0];
    if (base.kind != ExprKind::Name || !lookup(base.text)) decline("attribute store target", lhs.pos);
    Var* vec = eval(base);
    if (vec->type.is_transform() && !vec->type.reference) return set_transform_part(vec, lhs, rhs);
    size_t index = (vec->type.is_vector() || vec->type.is_quat()) && !vec->type.reference && lhs.text.size() == 1
                       ? std::string_view("xyzw").substr(0, vec->type.rows).find(lhs.text[0])
                       : std::string_view::npos;
    if (index == std::string_view::npos) decline("attribute store", lhs.pos);
    PyValue iv;
    iv.i = static_cast<int64_t>(index);
    store_vector_component(vec, add_constant(iv), rhs, lhs.pos);
    return;
  }
  if (local_composite_target(lhs)) {
    Var* rhs = eval(value);
    if (!rhs) decline("void value", value.pos);
    if (rhs->type.reference) rhs = add_builtin("copy", {rhs}, value);
    Var* target = eval(*lhs_root(lhs));
    Vars call_args{target};
    for (const Expr* n : flat_index_nodes(lhs)) call_args.push_back(eval(*n));
    call_args.push_back(rhs);
    store_component(call_args, "assign_inplace", lhs.pos);
    return;
  }
  if (lhs.kind == ExprKind::Subscript) {
    Var* rhs = eval(value);
    if (!rhs) decline("void value", value.pos);
    if (rhs->type.reference) rhs = add_builtin("copy", {rhs}, value);
    if (emit_array_slot_store(lhs, rhs)) return;
    auto [target, index_nodes] = subscript_target(lhs);
    if (!target->type.is_array() || target->type.reference) decline("subscript assignment to a non-array", lhs.pos);
    if (target->type.dtype_kind == types::Kind::Array) decline("store into an array of this element type", lhs.pos);
    Vars call_args{target};
    for (const Expr* n : index_nodes) call_args.push_back(eval(*n));
    call_args.push_back(rhs);
    add_builtin("array_store", call_args, lhs);
    return;
  }
  decline("assignment target", lhs.pos);
}

// Stores into one component of an array element (`a[i].y = v`, `a[i][2] = v`, `m[i][r, c] = v`,
// `m[i][r] = row`): Warp's array slots (array_slot_reference, select_array_slot, emit_array_slot).
// Returns false when `lhs` is not such a target; declines the variants not reproduced.
bool Adjoint::emit_array_slot_store(const Expr& lhs, Var* rhs) {
  return emit_array_slot(
      lhs, [rhs] { return rhs; }, "");
}

bool Adjoint::emit_array_slot(const Expr& lhs, const std::function<Var*()>& eval_rhs, std::string_view op) {
  const Expr* element = lhs.kind == ExprKind::Attribute ? lhs.items[0].get() : &lhs;
  if (element->kind != ExprKind::Subscript) return false;
  const Expr* root = lhs_root(*element);
  if (root->kind != ExprKind::Name) return false;
  Var* arr = lookup(root->text);
  if (!arr || !arr->type.is_array() || arr->type.reference) return false;
  std::vector<const Expr*> flat = flat_index_nodes(*element);
  if (lhs.kind == ExprKind::Subscript && flat.size() <= arr->type.ndim) return false;  // a whole-element store
  if (lhs.kind == ExprKind::Attribute && flat.size() != arr->type.ndim) return false;
  // the root must be a parameter: its adjoint is then simply adj_<name>
  if (std::find(args.begin(), args.end(), arr) == args.end()) decline("component store into a local array", lhs.pos);
  Type elem = arr->type.dtype();
  if (!(elem.is_vector() || elem.is_quat() || elem.is_matrix() || elem.is_transform()))
    decline("component store into this element type", lhs.pos);
  // recurse_subscript groups: the array consumes its rank from the innermost brackets
  size_t consumed = 0;
  std::vector<const Expr*> chain;
  for (const Expr* n = element; n->kind == ExprKind::Subscript; n = n->items[0].get()) chain.push_back(n);
  for (auto it = chain.rbegin(); it != chain.rend() && consumed < arr->type.ndim; ++it) {
    const Expr& slice = *(*it)->items[1];
    consumed += slice.kind == ExprKind::Tuple ? slice.items.size() : 1;
  }
  if (consumed != arr->type.ndim) decline("index straddling array and element", lhs.pos);

  eval(*root);
  Vars indices;
  for (size_t k = 0; k < arr->type.ndim; ++k) {
    Var* v = eval(*flat[k]);
    if (!v || !v->type.value().is_int()) decline("non-integer array index", lhs.pos);
    indices.push_back(v);
  }
  for (Var*& v : indices) v = load(v);
  std::string index_list = join_vars(indices);
  Var* slot = add_var(elem.as_reference());
  add_forward(slot->emit() + " = &(wp::index(" + arr->emit() + ", " + index_list + "));");

  std::string access;
  Type component;
  if (lhs.kind == ExprKind::Attribute && elem.is_transform()) {
    // _composite_attribute_slot_access: `.p` (a vec3) or `.q` (a quaternion) of the element
    if (lhs.text != "p" && lhs.text != "q") decline("attribute store into an array element", lhs.pos);
    access = "." + std::string(lhs.text);
    component = lhs.text == "p" ? Type::vector_of(3, elem.scalar) : Type::quat_of(elem.scalar);
  } else if (lhs.kind == ExprKind::Attribute) {
    size_t index = elem.is_matrix() || lhs.text.size() != 1
                       ? std::string_view::npos
                       : std::string_view("xyzw").substr(0, elem.rows).find(lhs.text[0]);
    if (index == std::string_view::npos) decline("attribute store into an array element", lhs.pos);
    PyValue iv;
    iv.i = static_cast<int64_t>(index);
    access = ".component_ref(" + add_constant(iv)->emit() + ")";
    component = Type::scalar_of(elem.scalar);
  } else {
    Vars rest;
    for (size_t k = arr->type.ndim; k < flat.size(); ++k) {
      Var* v = eval(*flat[k]);
      if (!v || !v->type.value().is_int()) decline("non-integer component index", lhs.pos);
      rest.push_back(v);
    }
    for (Var*& v : rest) v = load(v);  // _composite_subscript_slot_access loads them
    std::string list = join_vars(rest);
    if ((elem.is_vector() || elem.is_quat() || elem.is_transform()) && rest.size() == 1) {
      access = ".component_ref(" + list + ")";
      component = Type::scalar_of(elem.scalar);
    } else if (elem.is_matrix() && rest.size() == 2) {
      access = ".element_ref(" + list + ")";
      component = Type::scalar_of(elem.scalar);
    } else if (elem.is_matrix() && rest.size() == 1) {
      access = ".row_ref(" + list + ")";
      component = Type::vector_of(elem.cols, elem.scalar);
    } else {
      decline("component store with this many indices", lhs.pos);
    }
  }
  std::string accessor = "[&](auto& _e) -> auto& { return _e" + access + "; }";
  if (!op.empty()) {
    // atomic_array_slot: only where _is_supported_atomic_slot_type holds; otherwise Warp loads,
    // operates and stores back, which it rejects with backward code generation (not modelled)
    Scalar sc = component.scalar;
    bool wide_int = sc == Scalar::Int32 || sc == Scalar::UInt32 || sc == Scalar::Int64 || sc == Scalar::UInt64;
    bool ok = op == "add" || op == "sub"
                  ? wide_int || sc == Scalar::Float16 || sc == Scalar::Float32 || sc == Scalar::Float64
                  : wide_int && (op == "and" || op == "or" || op == "xor");
    if (!ok) decline("augmented assignment to this array-element component", lhs.pos);
  }
  Var* rhs = eval_rhs();
  if (!rhs) decline("void value", lhs.pos);
  if (rhs->type.reference) rhs = add_builtin("copy", {rhs}, lhs);
  if (rhs->type.value() != component) decline("component store of a different type", lhs.pos);
  std::string reverse_op = "store";
  std::string stmt;
  if (op.empty()) {
    stmt = "wp::store(&(wp::index(" + arr->emit() + ", " + index_list + ")" + access + "), " + rhs->emit() + ");";
  } else {
    reverse_op = "atomic_" + std::string(op);
    stmt = "wp::array_atomic_" + std::string(op) + "_slot(" + arr->emit() + ", " + rhs->emit() + ", " + accessor +
           ", " + index_list + ");";
  }
  add_forward(stmt, "// " + stmt);
  add_reverse("wp::adj_array_" + reverse_op + "_slot(" + arr->emit() + ", " + arr->emit_adj() + ", " + rhs->emit_adj() +
              ", " + accessor + ", " + index_list + ");");
  return true;
}

// _store_attribute on a local transform: `t.p = v` / `t.q = r` call transform_set_translation/_rotation.
void Adjoint::set_transform_part(Var* xform, const Expr& lhs, Var* value) {
  if (lhs.text != "p" && lhs.text != "q") decline("transform attribute", lhs.pos);
  bool p = lhs.text == "p";
  Type part = p ? Type::vector_of(3, xform->type.scalar) : Type::quat_of(xform->type.scalar);
  if (value->type.value() != part) decline("transform part of a different type", lhs.pos);
  std::string name = p ? "transform_set_translation" : "transform_set_rotation";
  add_call(CallSpec{keep({"wp::", name}), keep({"wp::adj_", name}), {}, true, false, false, true, std::nullopt},
           {xform, value});
}

// _store_subscript / _store_attribute on a local (non-reference) vector: assign_inplace.
void Adjoint::store_vector_component(Var* vec, Var* index, Var* value, frontend::Pos at) {
  store_component({vec, index, value}, "assign_inplace", at);
}

// assign_inplace / add_inplace / sub_inplace on a local vector or matrix: {target, indices..., value}.
// The value must already have the component's type (vector_assign_dispatch_func rejects others).
void Adjoint::store_component(const Vars& a, std::string_view native, frontend::Pos at) {
  const Var* target = a.front();
  if (target->type.reference) decline("component store through a reference", at);
  Type t = target->type;
  size_t nidx = a.size() - 2;
  for (size_t i = 1; i <= nidx; ++i) {
    if (!a[i] || !a[i]->type.value().is_int()) decline("non-integer component index", at);
  }
  Type component;
  if ((t.is_vector() || t.is_quat() || t.is_transform()) && nidx == 1) {
    component = Type::scalar_of(t.scalar);
  } else if (t.is_matrix() && nidx == 1) {
    component = Type::vector_of(t.cols, t.scalar);
  } else if (t.is_matrix() && nidx == 2) {
    component = Type::scalar_of(t.scalar);
  } else {
    decline("component store into this value", at);
  }
  if (!a.back() || a.back()->type.value() != component) decline("component of a different type", at);
  CallSpec spec{keep({"wp::", native}), keep({"wp::adj_", native}), {}, true, false, false, true, std::nullopt};
  add_call(spec, a);
}

// A subscript target whose root is a local vector or matrix (`v[0]`, `m[1, 2]`, `m[1][2]`).
Var* Adjoint::local_composite_target(const Expr& lhs) const {
  if (lhs.kind != ExprKind::Subscript) return nullptr;
  const Expr* root = lhs_root(lhs);
  if (root->kind != ExprKind::Name) return nullptr;
  Var* v = lookup(root->text);
  if (!v || !(v->type.is_vector() || v->type.is_matrix() || v->type.is_quat() || v->type.is_transform()))
    return nullptr;
  return v;
}

const Expr* Adjoint::lhs_root(const Expr& lhs) {
  const Expr* node = &lhs;
  while (node->kind == ExprKind::Subscript) node = node->items[0].get();
  return node;
}

// recurse_subscript's index order: innermost subscript first, tuple elements flattened.
std::vector<const Expr*> Adjoint::flat_index_nodes(const Expr& lhs) {
  std::vector<const Expr*> chain;
  for (const Expr* node = &lhs; node->kind == ExprKind::Subscript; node = node->items[0].get()) chain.push_back(node);
  std::vector<const Expr*> flat;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Expr& slice = *(*it)->items[1];
    if (slice.kind == ExprKind::Tuple) {
      for (const auto& x : slice.items) flat.push_back(x.get());
    } else {
      flat.push_back(&slice);
    }
  }
  return flat;
}

void Adjoint::emit_aug_assign(const Stmt& s) {
  const Expr& lhs = *s.target;
  std::string_view key = operator_key(s.op);
  if (key.empty()) decline("augmented operator", s.pos);
  if (env_.find(key)) decline("module-level name shadowing an operator", s.pos);
  if (lhs.kind == ExprKind::Name) {
    Var* rhs = eval(*s.value);
    Var* target = eval(lhs);
    if (!rhs) decline("void value", s.value->pos);
    Var* result = add_builtin(key, {target, rhs}, s.pos);
    if (Var* old = lookup(lhs.text); old && old->type.value() != result->type.value())
      decline("type change on augmented assignment", lhs.pos);
    bind(lhs.text, result);
    return;
  }
  {
    // lower_subscript_augassign / lower_attribute_augassign on an array element's component: an atomic
    // update of the slot (atomic_array_slot)
    std::string_view slot_op = key == "add"       ? "add"
                               : key == "sub"     ? "sub"
                               : key == "bit_and" ? "and"
                               : key == "bit_or"  ? "or"
                               : key == "bit_xor" ? "xor"
                                                  : "";
    auto eval_rhs = [&] { return eval(*s.value); };
    const Expr* element = lhs.kind == ExprKind::Attribute ? lhs.items[0].get() : &lhs;
    if (element->kind == ExprKind::Subscript && lhs_root(*element)->kind == ExprKind::Name) {
      Var* root = lookup(lhs_root(*element)->text);
      bool component = root && root->type.is_array() && !root->type.reference &&
                       (lhs.kind == ExprKind::Attribute || flat_index_nodes(lhs).size() > root->type.ndim);
      if (component && slot_op.empty()) decline("augmented assignment to this array-element component", lhs.pos);
      if (component && emit_array_slot(lhs, eval_rhs, slot_op)) return;
    }
  }
  if (lhs.kind == ExprKind::Attribute) {
    // lower_attribute_augassign on a local vector: extract, operate, assign_inplace
    const Expr& base = *lhs.items[0];
    if (base.kind != ExprKind::Name || !lookup(base.text)) decline("attribute augmented-assignment target", lhs.pos);
    Var* vec = eval(base);
    if (vec->type.is_transform() && !vec->type.reference && (lhs.text == "p" || lhs.text == "q")) {
      Var* current = emit_attribute(lhs);
      Var* rhs = eval(*s.value);
      if (!rhs) decline("void value", s.value->pos);
      return set_transform_part(vec, lhs, add_builtin(key, {current, rhs}, s.pos));
    }
    if (vec->type.is_struct()) {  // lower_attribute_augassign on a named struct: load, operate, store
      Var* current = emit_attribute(lhs);
      Var* rhs = eval(*s.value);
      if (!rhs) decline("void value", s.value->pos);
      if (!emit_struct_field_store(lhs, add_builtin(key, {current, rhs}, s.pos)))
        decline("struct field augmented assignment", lhs.pos);
      return;
    }
    if (!(vec->type.is_vector() || vec->type.is_quat()) || vec->type.reference)
      decline("attribute augmented assignment", lhs.pos);
    Var* current = emit_attribute(lhs);
    Var* rhs = eval(*s.value);
    if (!rhs) decline("void value", s.value->pos);
    Var* result = add_builtin(key, {current, rhs}, s.pos);
    size_t index = std::string_view("xyzw").find(lhs.text[0]);
    PyValue iv;
    iv.i = static_cast<int64_t>(index);
    store_vector_component(vec, add_constant(iv), result, lhs.pos);
    return;
  }
  if (local_composite_target(lhs)) {
    Var* target = eval(*lhs_root(lhs));
    Vars call_args{target};
    for (const Expr* n : flat_index_nodes(lhs)) call_args.push_back(eval(*n));
    if (key != "add" && key != "sub") decline("component update other than += / -=", s.pos);
    Var* rhs = eval(*s.value);
    if (!rhs) decline("void value", s.value->pos);
    call_args.push_back(rhs);
    store_component(call_args, key == "add" ? "add_inplace" : "sub_inplace", lhs.pos);
    return;
  }
  if (lhs.kind == ExprKind::Subscript) {
    auto [target, index_nodes] = subscript_target(lhs);
    if (!target->type.is_array() || target->type.reference)
      decline("augmented assignment to a non-array subscript", lhs.pos);
    if (target->type.dtype_kind == types::Kind::Array)
      decline("augmented assignment to an array of this element type", lhs.pos);
    Vars call_args{target};
    for (const Expr* n : index_nodes) call_args.push_back(eval(*n));
    Scalar elem_scalar = target->type.dtype().scalar;
    bool non_atomic = elem_scalar == Scalar::Int8 || elem_scalar == Scalar::UInt8 || elem_scalar == Scalar::Int16 ||
                      elem_scalar == Scalar::UInt16;  // types.non_atomic_types, also as a composite's scalar
    bool bitwise = key == "bit_and" || key == "bit_or" || key == "bit_xor";
    if (non_atomic || (key != "add" && key != "sub" && !bitwise)) {
      // lower_subscript_augassign: load the element through its address, apply the operator, store back
      for (size_t i = 1; i < call_args.size(); ++i) {
        if (!call_args[i]) decline("void index", lhs.pos);
        call_args[i] = load(call_args[i]);
      }
      Var* current = add_builtin("address", call_args, lhs);
      Var* rhs = eval(*s.value);
      if (!rhs) decline("void value", s.value->pos);
      call_args.push_back(add_builtin(key, {current, rhs}, s.pos));
      add_builtin("array_store", call_args, lhs);
      return;
    }
    const char* atomic = key == "add"       ? "atomic_add"
                         : key == "sub"     ? "atomic_sub"
                         : key == "bit_and" ? "atomic_and"
                         : key == "bit_or"  ? "atomic_or"
                                            : "atomic_xor";
    Var* rhs = eval(*s.value);
    if (!rhs) decline("void value", s.value->pos);
    call_args.push_back(rhs);
    add_builtin(atomic, call_args, lhs);
    return;
  }
  decline("augmented assignment target", lhs.pos);
}

void Adjoint::emit_if(const Stmt& s) {
  if (s.body.empty()) return;
  Var* cond = eval(*s.value);
  if (!cond) decline("void condition", s.value->pos);
  emit_if_branches(
      cond, [&] { eval_body(s.body); }, [&] { eval_body(s.orelse); }, !s.orelse.empty(), s.value->pos);
}

void Adjoint::emit_if_branches(Var* cond, const std::function<void()>& body, const std::function<void()>& orelse,
                               bool has_orelse, frontend::Pos at) {
  if (cond->constant) {
    if (cond->constant->kind == PyValue::Kind::FloatVec) decline("vector constant as a condition", at);
    bool truth = cond->constant->kind == PyValue::Kind::Float ? cond->constant->f != 0 : cond->constant->i != 0;
    if (truth) {
      body();
    } else {
      orelse();
    }
    return;
  }
  Symbols prev = symbols_;
  Var* c = load(cond);
  add_forward("if (" + c->emit() + ") {");
  add_reverse("}");
  indentation_ += "    ";
  body();
  indentation_.resize(indentation_.size() - 4);
  add_forward("}");
  add_reverse("if (" + load(cond)->emit() + ") {");

  Symbols symbols_if = std::move(symbols_);
  symbols_ = prev;
  if (has_orelse) {
    add_forward("if (!" + load(cond)->emit() + ") {");
    add_reverse("}");
    indentation_ += "    ";
    orelse();
    indentation_.resize(indentation_.size() - 4);
    add_forward("}");
    add_reverse("if (!" + load(cond)->emit() + ") {");
  }
  Symbols symbols_else = std::move(symbols_);
  symbols_ = prev;

  // Merge each symbol the branches touched: Warp walks symbols_if's keys, then symbols_else's new ones.
  const size_t base = prev.size();
  // `slot`: where symbols_ (a copy of prev) already holds `sym`, or kNoSlot for a name a branch added.
  constexpr size_t kNoSlot = static_cast<size_t>(-1);
  auto merge = [&](std::string_view sym, Var* if_var, Var* else_var, size_t slot) {
    Var* merged = nullptr;
    if (if_var == else_var) {
      merged = if_var;
    } else if (!if_var) {
      merged = else_var;
    } else if (!else_var) {
      merged = if_var;
    } else {
      merged = add_builtin("where", {cond, if_var, else_var}, at);
    }
    if (!merged) return;
    if (slot != kNoSlot) {
      symbols_[slot].second = merged;  // what bind(sym, merged) does to a name already at this slot
    } else {
      bind(sym, merged);
    }
  };
  // The entry of a name a branch added (at or after `base`), or nullptr.
  auto added = [&](const Symbols& syms, std::string_view name) -> const Symbols::value_type* {
    for (size_t i = base; i < syms.size(); ++i) {
      if (frontend::same_text(syms[i].first, name)) return &syms[i];
    }
    return nullptr;
  };
  // bind() rebinds in place and appends new names, so both branch tables begin with prev's names in
  // prev's order: those are merged slot by slot, and only names the branches added are looked up.
  bool aligned = symbols_if.size() >= base && symbols_else.size() >= base;
  for (size_t i = 0; aligned && i < base; ++i)
    aligned =
        symbols_if[i].first.data() == prev[i].first.data() && symbols_else[i].first.data() == prev[i].first.data();
  if (!aligned) throw std::logic_error("symbol tables out of order after a branch");
  for (size_t i = 0; i < base; ++i) merge(prev[i].first, symbols_if[i].second, symbols_else[i].second, i);
  for (size_t i = base; i < symbols_if.size(); ++i) {
    std::string_view sym = symbols_if[i].first;
    const auto* in_else = added(symbols_else, sym);
    merge(sym, symbols_if[i].second, in_else ? in_else->second : nullptr, kNoSlot);
  }
  for (size_t i = base; i < symbols_else.size(); ++i) {
    std::string_view sym = symbols_else[i].first;
    if (added(symbols_if, sym)) continue;  // merged above
    merge(sym, nullptr, symbols_else[i].second, kNoSlot);
  }
}

// Adjoint.lower_unrolled_continues: within one unrolled iteration, `continue` becomes
// `_wp_continue_N = False` and the statements after a branch that may continue are guarded by
// `if _wp_continue_N:`. Lowered nodes keep the line numbers Warp copies onto them.
struct Adjoint::Lowered {
  enum class Kind { Stmt, SetFalse, If, Guard } kind;
  const Stmt* stmt = nullptr;  // Stmt, If
  frontend::Pos pos;           // SetFalse, Guard
  std::vector<Lowered> body, orelse;
};

std::pair<std::vector<Adjoint::Lowered>, bool> Adjoint::lower_continues(const std::vector<const Stmt*>& body) {
  std::vector<Lowered> result;
  for (size_t i = 0; i < body.size(); ++i) {
    const Stmt* st = body[i];
    if (st->kind == StmtKind::Continue) {
      result.push_back({Lowered::Kind::SetFalse, nullptr, st->pos, {}, {}});
      return {std::move(result), true};
    }
    bool may_continue = false;
    if (st->kind == StmtKind::If) {
      auto refs = [](const std::vector<frontend::StmtPtr>& v) {
        std::vector<const Stmt*> out;
        for (const auto& x : v) out.push_back(x.get());
        return out;
      };
      auto [b, bc] = lower_continues(refs(st->body));
      auto [o, oc] = lower_continues(refs(st->orelse));
      may_continue = bc || oc;
      result.push_back({Lowered::Kind::If, st, st->pos, std::move(b), std::move(o)});
    } else {
      result.push_back({Lowered::Kind::Stmt, st, st->pos, {}, {}});
    }
    if (may_continue) {
      std::vector<const Stmt*> rest(body.begin() + static_cast<long>(i) + 1, body.end());
      auto [tail, unused] = lower_continues(rest);
      if (!tail.empty()) result.push_back({Lowered::Kind::Guard, nullptr, rest.front()->pos, std::move(tail), {}});
      return {std::move(result), true};
    }
  }
  return {std::move(result), false};
}

void Adjoint::eval_lowered(const std::vector<Lowered>& stmts) {
  for (const Lowered& l : stmts) {
    switch (l.kind) {
      case Lowered::Kind::Stmt:
        eval_stmt(*l.stmt);
        break;
      case Lowered::Kind::SetFalse: {
        set_lineno(l.pos.line);
        bind(continue_flag_, add_constant(PyValue::of_bool(false)));
        break;
      }
      case Lowered::Kind::If: {
        set_lineno(l.stmt->pos.line);
        if (l.body.empty()) break;
        Var* cond = eval(*l.stmt->value);
        if (!cond) decline("void condition", l.stmt->value->pos);
        emit_if_branches(
            cond, [&] { eval_lowered(l.body); }, [&] { eval_lowered(l.orelse); }, !l.orelse.empty(),
            l.stmt->value->pos);
        break;
      }
      case Lowered::Kind::Guard:
        set_lineno(l.pos.line);
        emit_if_branches(
            lookup(continue_flag_), [&] { eval_lowered(l.body); }, [] {}, false, l.pos);
        break;
    }
  }
}

void Adjoint::promote_mutated_iter_constants(const std::vector<frontend::StmtPtr>& body) {
  if (const_iter_symbols_.empty()) return;
  std::vector<std::string_view> names;
  collect_store_names(body, names);
  // Warp iterates a Python set here, so the order of several promotions is not defined: decline those.
  std::vector<std::string_view> promote;
  for (std::string_view n : names) {
    Var* v = lookup(n);
    if (const_iter_symbols_.count(n) && v && v->constant &&
        std::find(promote.begin(), promote.end(), n) == promote.end())
      promote.push_back(n);
  }
  if (promote.size() > 1) decline("several loop iterator constants mutated in a later loop", body.front()->pos);
  for (std::string_view n : promote) bind(n, add_builtin("copy", {lookup(n)}, body.front()->pos));
}

void Adjoint::materialize_redefinitions(const Symbols& snapshot) {
  for (const auto& [sym, var1] : snapshot) {
    Var* var2 = lookup(sym);
    if (var1 == var2) continue;
    if (const_iter_symbols_.count(sym) && var1->constant) continue;
    if (var1->constant)
      decline("constant '" + std::string(sym) + "' mutated inside a dynamic loop",
              {lineno_.value_or(0) + info.fun_lineno, 1});
    add_builtin("assign", {var1, var2}, frontend::Pos{lineno_.value_or(0) + info.fun_lineno, 1});
    bind(sym, var1);
  }
}

void Adjoint::emit_for(const Stmt& s) {
  const Expr& it = *s.value;
  if (s.target->kind != ExprKind::Name) decline("for-loop target other than a name", s.target->pos);
  bool is_range = it.kind == ExprKind::Call && it.items[0]->kind == ExprKind::Name && it.items[0]->text == "range" &&
                  !lookup("range") && !env_.find("range");
  size_t nargs = it.kind == ExprKind::Call ? it.items.size() - 1 : 0;
  if (!is_range || nargs < 1 || nargs > 3 || !it.keywords.empty())
    decline("for-loop over something other than range()", it.pos);

  // get_unroll_range: classify every argument first (eval_num), then decide.
  struct RangeArg {
    bool numeric;
    int64_t value;
    Var* var;
  };
  std::vector<RangeArg> range_args;
  for (size_t i = 1; i <= nargs; ++i) {
    const Expr& a = *it.items[i];
    const Expr* lit = &a;
    bool neg = false;
    if (a.kind == ExprKind::UnaryOp && a.text == "-" && is_literal(*a.items[0])) {
      lit = a.items[0].get();
      neg = true;
    }
    if (is_literal(*lit)) {
      if (lit->kind != ExprKind::Int) decline("range() argument that is not an int", a.pos);
      range_args.push_back({true, neg ? -lit->int_value : lit->int_value, nullptr});
      continue;
    }
    if (a.kind == ExprKind::Name && !lookup(a.text)) {
      const Global* g = env_.find(a.text);
      if (!g || g->kind != Global::Kind::Constant || g->value.kind != PyValue::Kind::Int)
        decline("range() argument global that is not an int constant", a.pos);
      range_args.push_back({true, g->value.i, nullptr});
      continue;
    }
    if (a.kind == ExprKind::Attribute) {
      // resolve_static_expression finds nothing for an attribute of a local or of a subscript, so Warp
      // evaluates it like any expression; other roots (globals, type(...)) resolve statically: declined.
      const Expr* root = &a;
      while (root->kind == ExprKind::Attribute) root = root->items[0].get();
      const bool evaluated = (root->kind == ExprKind::Name && lookup(root->text)) || root->kind == ExprKind::Subscript;
      if (!evaluated) decline("attribute of a global as range() argument", a.pos);
    }
    Var* v = eval(a);
    if (!v) decline("void value", a.pos);
    if (v->constant) {
      if (v->constant->kind != PyValue::Kind::Int) decline("range() argument that is not an int", a.pos);
      range_args.push_back({true, v->constant->i, nullptr});
    } else {
      range_args.push_back({false, 0, v});
    }
  }
  bool all_numeric = std::all_of(range_args.begin(), range_args.end(), [](const RangeArg& r) { return r.numeric; });
  struct ConstRange {
    int64_t start, stop, step, last;
  };
  std::optional<ConstRange> const_range;
  if (all_numeric) {
    int64_t start = 0, stop = 0, step = 1;
    if (nargs == 1) {
      stop = range_args[0].value;
    } else {
      start = range_args[0].value;
      stop = range_args[1].value;
      if (nargs == 3) step = range_args[2].value;
    }
    if (step == 0) decline("range() step of zero", it.pos);
    int64_t count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                             : (start > stop ? (start - stop - step - 1) / -step : 0);
    bool has_break = contains_loop_control(s.body, StmtKind::Break);
    if (count > 16 && !has_break && !contains_loop_control(s.body, StmtKind::Continue)) {
      // _NonUnrolledConstantRange: a counted loop over an int32 iterator instead of range_t
      const_range = ConstRange{start, stop, step, start + (count - 1) * step};
    } else if (count <= 16 && !has_break) {
      if (count > 0) const_iter_symbols_.insert(s.target->text);
      std::vector<Lowered> lowered;
      std::string_view flag;
      if (count > 0 && contains_loop_control(s.body, StmtKind::Continue)) {
        // Warp picks the first `_wp_continue_<label_count>` not used in the loop; user names with
        // that prefix are declined up front, so the first candidate is free.
        flag = flag_names_.emplace_back("_wp_continue_" + std::to_string(label_count_++));
        std::vector<const Stmt*> refs;
        for (const auto& x : s.body) refs.push_back(x.get());
        lowered = lower_continues(refs).first;
      }
      std::string_view saved_flag = continue_flag_;
      for (int64_t k = 0; k < count; ++k) {
        PyValue v;
        v.i = start + k * step;
        bind(s.target->text, add_constant(v));
        if (flag.empty()) {
          eval_body(s.body);
        } else {
          continue_flag_ = flag;
          bind(continue_flag_, add_constant(PyValue::of_bool(true)));
          eval_lowered(lowered);
        }
      }
      if (!flag.empty()) {
        symbols_.erase(std::find_if(symbols_.begin(), symbols_.end(), [&](const auto& p) { return p.first == flag; }));
      }
      continue_flag_ = saved_flag;
      return;
    }
  }
  Var* iter;
  if (const_range) {
    iter = add_var(Type::scalar_of(Scalar::Int32));
  } else {
    Vars call_args;
    for (const RangeArg& r : range_args) {
      if (r.numeric) {
        PyValue v;
        v.i = r.value;
        call_args.push_back(add_constant(v));
      } else {
        call_args.push_back(r.var);
      }
    }
    iter = add_builtin("range", call_args, it);
  }
  promote_mutated_iter_constants(s.body);

  if (const_range) add_forward(iter->emit() + " = " + std::to_string(const_range->start) + ";");
  Block& cond = begin_block("for");
  std::string label = cond.label;
  loop_labels_.push_back(label);
  add_forward("start_" + label + ":;");
  indentation_ += "    ";
  Var* value;
  if (const_range) {
    add_forward("if (" + iter->emit() + (const_range->step > 0 ? " >= " : " <= ") + std::to_string(const_range->stop) +
                ") goto end_" + label + ";");
    value = add_var(Type::scalar_of(Scalar::Int32));
    add_forward(value->emit() + " = " + iter->emit() + ";");
    add_forward(iter->emit() + " += " + std::to_string(const_range->step) + ";");
  } else {
    add_forward("if (iter_cmp(" + iter->emit() + ") == 0) goto end_" + label + ";");
    value = add_builtin("iter_next", {iter}, it);
  }
  begin_block("block");
  bind(s.target->text, value);
  loop_symbols_.push_back(symbols_);
  eval_body(s.body);
  materialize_redefinitions(loop_symbols_.back());
  loop_symbols_.pop_back();

  auto body = end_block();
  auto cond_block = end_block();
  loop_labels_.pop_back();
  Block& cur = *blocks_.back();
  cur.forward.insert(cur.forward.end(), cond_block->forward.begin(), cond_block->forward.end());
  cur.forward.insert(cur.forward.end(), body->forward.begin(), body->forward.end());
  add_forward("goto start_" + label + ";", std::nullopt, true);
  indentation_.resize(indentation_.size() - 4);
  add_forward("end_" + label + ":;", std::nullopt, true);

  std::vector<Line> rev;
  if (const_range) {
    rev.push_back(keep({indentation_, iter->emit(), " = ", std::to_string(const_range->last), ";"}));
    rev.push_back(keep({indentation_, "start_", label, ":;"}));
    rev.push_back(keep({indentation_, "\tif (", iter->emit(), const_range->step > 0 ? " < " : " > ",
                        std::to_string(const_range->start), ") goto end_", label, ";"}));
    rev.push_back(keep({indentation_, "\t", value->emit(), " = ", iter->emit(), ";"}));
    rev.push_back(keep({indentation_, "\t", iter->emit(), " -= ", std::to_string(const_range->step), ";"}));
  } else {
    rev.push_back(keep({indentation_, iter->emit(), " = wp::iter_reverse(", iter->emit(), ");"}));
    rev.insert(rev.end(), cond_block->forward.begin(), cond_block->forward.end());
  }
  for (Var* v : body->vars) rev.push_back(keep({indentation_, "\t", v->emit_adj(), " = {};"}));
  rev.insert(rev.end(), body->replay.begin(), body->replay.end());
  rev.insert(rev.end(), body->reverse.rbegin(), body->reverse.rend());
  rev.push_back(keep({indentation_, "\tgoto start_", label, ";"}));
  rev.push_back(keep({indentation_, "end_", label, ":;"}));
  cur.reverse.insert(cur.reverse.end(), rev.rbegin(), rev.rend());
  cur.vars.insert(cur.vars.end(), cond_block->vars.begin(), cond_block->vars.end());
  cur.vars.insert(cur.vars.end(), body->vars.begin(), body->vars.end());
}

void Adjoint::emit_while(const Stmt& s) {
  promote_mutated_iter_constants(s.body);
  Block& cond = begin_block("while");
  std::string label = cond.label;
  loop_labels_.push_back(label);
  cond.forward.push_back(keep({"start_", label, ":;"}));
  Var* c = eval(*s.value);
  if (!c) decline("void condition", s.value->pos);
  c = load(c);
  blocks_.back()->forward.push_back(keep({"if ((", c->emit(), ") == false) goto end_", label, ";"}));
  begin_block("block");
  indentation_ += "    ";
  loop_symbols_.push_back(symbols_);
  eval_body(s.body);
  materialize_redefinitions(loop_symbols_.back());
  loop_symbols_.pop_back();

  indentation_.resize(indentation_.size() - 4);
  auto body = end_block();
  auto cond_block = end_block();
  loop_labels_.pop_back();
  Block& cur = *blocks_.back();
  cur.forward.insert(cur.forward.end(), cond_block->forward.begin(), cond_block->forward.end());
  cur.forward.insert(cur.forward.end(), body->forward.begin(), body->forward.end());
  cur.forward.push_back(keep({"goto start_", label, ";"}));
  cur.forward.push_back(keep({"end_", label, ":;"}));

  std::vector<Line> rev(cond_block->forward.begin(), cond_block->forward.end());
  for (Var* v : body->vars) rev.push_back(keep({v->emit_adj(), " = {};"}));
  rev.insert(rev.end(), body->replay.begin(), body->replay.end());
  rev.insert(rev.end(), body->reverse.rbegin(), body->reverse.rend());
  rev.push_back(keep({"goto start_", label, ";"}));
  rev.push_back(keep({"end_", label, ":;"}));
  cur.reverse.insert(cur.reverse.end(), rev.rbegin(), rev.rend());
}

void Adjoint::emit_loop_exit(const Stmt& s, const char* target) {
  if (loop_labels_.empty()) decline("break/continue outside a dynamic loop", s.pos);
  materialize_redefinitions(loop_symbols_.back());
  add_forward(std::string("goto ") + target + loop_labels_.back() + ";");
}

void Adjoint::emit_return(const Stmt& s) {
  std::string label = "label" + std::to_string(label_count_);
  if (!s.value) {
    if (return_var && !return_var->empty()) decline("mixed value and bare returns", s.pos);
    add_forward("return;", "goto " + label + ";");
  } else {
    if (info.is_kernel) decline("kernel returning a value", s.pos);
    if (s.value->kind == ExprKind::Tuple) decline("returning several values", s.value->pos);
    Var* v = eval(*s.value);
    if (!v) decline("void value", s.value->pos);
    if (return_var && (return_var->size() != 1 || (*return_var)[0]->type.value().ctype() != v->type.value().ctype()))
      decline("function returning different types", s.pos);
    if (v->type.reference) v = add_builtin("copy", {v}, *s.value);
    return_var = std::vector<Var*>{v};
    add_forward("return " + v->emit() + ";", "goto " + label + ";");
    add_reverse(v->emit_adj() + " += adj_ret;");
  }
  add_reverse(label + ":;");
  ++label_count_;
}

// ---------------------------------------------------------------------------------------------
// expressions

Var* Adjoint::eval(const Expr& e) {
  set_lineno(e.pos.line);
  switch (e.kind) {
    case ExprKind::Name:
      return emit_name(e);
    case ExprKind::Int:
      return add_constant(PyValue::of_int(e.int_value));
    case ExprKind::Float:
      return add_constant(PyValue::of_float(e.float_value));
    case ExprKind::Bool:
      return add_constant(PyValue::of_bool(e.int_value != 0));
    case ExprKind::Attribute:
      return emit_attribute(e);
    case ExprKind::Subscript:
      return emit_subscript(e);
    case ExprKind::BinOp:
      return emit_binop(e);
    case ExprKind::UnaryOp:
      return emit_unary(e);
    case ExprKind::BoolOp:
      return emit_boolop(e);
    case ExprKind::Compare:
      return emit_compare(e);
    case ExprKind::IfExp:
      return emit_ifexp(e);
    case ExprKind::Call: {
      auto outs = emit_call(e, 0);
      if (outs.size() > 1) decline("multi-valued call used as a value", e.pos);
      return outs.empty() ? nullptr : outs[0];
    }
    default:
      decline("expression", e.pos);
  }
}

Var* Adjoint::emit_name(const Expr& e) {
  if (Var* v = lookup(e.text)) return v;
  const Global* g = env_.find(e.text);
  if (!g || g->kind != Global::Kind::Constant) decline("name '" + std::string(e.text) + "' used as a value", e.pos);
  Var* v = add_constant(g->value);
  bind(e.text, v);
  return v;
}

Var* Adjoint::emit_attribute(const Expr& e) {
  const Expr& base = *e.items[0];
  if (base.kind == ExprKind::Name && !lookup(base.text)) {
    // a float32 vector constant's component: the constant is bound like any name, then extracted
    const Global* g = env_.find(base.text);
    if (!g || g->kind != Global::Kind::Constant || g->value.kind != PyValue::Kind::FloatVec)
      decline("attribute of a global", e.pos);
  }
  Var* aggregate = eval(base);
  if (!aggregate) decline("void value", base.pos);
  Type t = aggregate->type.value();
  if (t.is_struct()) return emit_struct_attribute(aggregate, e);
  if (t.is_array() && !aggregate->type.reference && e.text == "shape") {
    // emit_Attribute on an array descriptor field: a pointer to the field, non-differentiable.
    Var* attr = add_var(Type::shape().as_reference());
    add_forward(attr->emit() + " = &(" + aggregate->emit() + ".shape);");
    add_reverse(aggregate->emit_adj() + ".shape = " + attr->emit_adj() + ";");
    return attr;
  }
  if (t.is_transform() && (e.text == "p" || e.text == "q")) {
    return add_builtin(e.text == "p" ? "transform_get_translation" : "transform_get_rotation", {aggregate}, e);
  }
  if (!(t.is_vector() || t.is_quat()) || e.text.size() != 1) decline("attribute '" + std::string(e.text) + "'", e.pos);
  size_t index = std::string_view("xyzw").substr(0, t.rows).find(e.text[0]);
  if (index == std::string_view::npos) decline("vector component", e.pos);
  PyValue iv;
  iv.i = static_cast<int64_t>(index);
  Var* idx = add_constant(iv);
  return add_builtin("extract", {aggregate, idx}, e);
}

// The target side of Adjoint.eval_subscript(as_target=True): a named array and its index nodes. Targets
// that would need early indexing (`a[i][0] = x` on a vector array) are declined.
std::pair<Var*, std::vector<const Expr*>> Adjoint::subscript_target(const Expr& e) {
  const Expr* node = &e;
  while (node->kind == ExprKind::Subscript) node = node->items[0].get();
  if (node->kind != ExprKind::Name) decline("subscript target of an expression", node->pos);
  Var* target = eval(*node);
  if (!target) decline("void value", node->pos);
  std::vector<const Expr*> flat = flat_index_nodes(e);
  Type t = target->type.value();
  if (!t.is_array() || flat.size() != t.ndim) decline("subscript target other than a full array index", e.pos);
  return {target, flat};
}

Var* Adjoint::emit_indexing(Var* target, const Vars& indices, const Expr& at) {
  Type t = target->type.value();
  if (t.is_array()) {
    if (indices.size() != t.ndim) decline("array view (fewer indices than dimensions)", at.pos);
    Vars call_args{target};
    for (Var* i : indices) {
      if (!i->type.value().is_int()) decline("non-integer array index", at.pos);
      call_args.push_back(load(i));
    }
    std::optional<std::string> origin = reference_origin(target);
    Var* out = add_builtin("address", call_args, at);
    if (origin) {  // origin.extend_array(indices)
      out->origin = "(*wp::address(" + *origin + ", " + join_vars(std::span(call_args).subspan(1)) + "))";
    }
    return out;
  }
  if (t.is_vector() || t.kind == types::Kind::Shape || t.is_matrix() || t.is_quat() || t.is_transform()) {
    Vars call_args{target};
    for (Var* i : indices) call_args.push_back(i);
    return add_builtin("extract", call_args, at);
  }
  decline("subscript of this type", at.pos);
}

Var* Adjoint::emit_subscript(const Expr& e) {
  // Collect the chain innermost-first, evaluating like Adjoint.recurse_subscript.
  std::vector<const Expr*> chain;
  const Expr* node = &e;
  while (node->kind == ExprKind::Subscript) {
    chain.push_back(node);
    node = node->items[0].get();
  }
  Var* target = eval(*node);
  if (!target) decline("void value", node->pos);
  std::vector<std::vector<const Expr*>> groups;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Expr& slice = *(*it)->items[1];
    std::vector<const Expr*> ij;
    if (slice.kind == ExprKind::Tuple) {
      for (const auto& x : slice.items) ij.push_back(x.get());
    } else {
      ij.push_back(&slice);
    }
    groups.push_back(std::move(ij));
  }
  auto eval_all = [&](const std::vector<const Expr*>& nodes) {
    Vars vars;
    for (const Expr* n : nodes) {
      Var* v = eval(*n);
      if (!v) decline("void index", n->pos);
      vars.push_back(v);
    }
    return vars;
  };
  // recurse_subscript: at each level (innermost first) an array consumes its rank of indices early
  // when more indices follow.
  size_t level = 0;
  std::vector<const Expr*> pending;
  for (; level < groups.size(); ++level) {
    Type t = target->type.value();
    std::vector<const Expr*> flat;
    for (size_t g = level; g < groups.size(); ++g) flat.insert(flat.end(), groups[g].begin(), groups[g].end());
    if (t.is_array() && flat.size() > t.ndim) {
      size_t consumed = 0, g = level;
      while (consumed < t.ndim) consumed += groups[g++].size();
      if (consumed != t.ndim) decline("index straddling array and element", e.pos);
      std::vector<const Expr*> head(flat.begin(), flat.begin() + static_cast<long>(t.ndim));
      target = emit_indexing(target, eval_all(head), e);
      level = g - 1;
      continue;
    }
    pending = flat;
    break;
  }
  if (pending.empty()) decline("subscript", e.pos);
  return emit_indexing(target, eval_all(pending), e);
}

Var* Adjoint::emit_binop(const Expr& e) {
  Var* left = eval(*e.items[0]);
  Var* right = eval(*e.items[1]);
  if (!left || !right) decline("void operand", e.pos);
  std::string_view key = operator_key(e.text);
  if (key.empty()) decline("operator '" + std::string(e.text) + "'", e.pos);
  if (env_.find(key)) decline("module-level name shadowing an operator", e.pos);
  return add_builtin(key, {left, right}, e);
}

Var* Adjoint::emit_unary(const Expr& e) {
  const Expr& operand = *e.items[0];
  Var* arg = eval(operand);
  if (!arg) decline("void operand", e.pos);
  if (arg->constant && arg->constant->kind == PyValue::Kind::Bool && e.text == "-") decline("negated bool", e.pos);
  if (arg->constant && (arg->constant->kind == PyValue::Kind::Int || arg->constant->kind == PyValue::Kind::Float) &&
      e.text == "-") {
    PyValue v = *arg->constant;
    v.i = -v.i;
    v.f = -v.f;
    if (operand.kind == ExprKind::Int || operand.kind == ExprKind::Float) {
      arg->constant = v;
      return arg;
    }
    return add_constant(v);
  }
  std::string_view key = e.text == "-" ? "neg" : e.text == "+" ? "pos" : e.text == "not" ? "unot" : "invert";
  return add_builtin(key, {arg}, e);
}

Var* Adjoint::emit_boolop(const Expr& e) {
  bool is_and = e.text == "and";
  Var* out = add_var(Type::scalar_of(Scalar::Bool));
  Var* first = eval(*e.items[0]);
  if (!first) decline("void operand", e.pos);
  first = load(first);
  add_forward(out->emit() + " = " + first->emit() + ";");
  for (size_t i = 1; i < e.items.size(); ++i) {
    add_forward(std::string(is_and ? "if (" : "if (!") + out->emit() + ") {");
    add_reverse("}");
    indentation_ += "    ";
    Var* v = eval(*e.items[i]);
    if (!v) decline("void operand", e.items[i]->pos);
    v = load(v);
    add_forward(out->emit() + " = " + out->emit() + (is_and ? " && " : " || ") + v->emit() + ";");
    indentation_.resize(indentation_.size() - 4);
    add_forward("}");
    add_reverse(std::string(is_and ? "if (" : "if (!") + out->emit() + ") {");
  }
  return out;
}

Var* Adjoint::emit_compare(const Expr& e) {
  if (e.ops.size() != 1) decline("chained comparison", e.pos);
  if (!is_simple_compare(e.ops[0])) decline("comparison operator '" + std::string(e.ops[0]) + "'", e.pos);
  Var* left = eval(*e.items[0]);
  Var* right = eval(*e.items[1]);
  if (!left || !right) decline("void operand", e.pos);
  Var* out = add_var(Type::scalar_of(Scalar::Bool));
  left = load(left);
  right = load(right);
  add_forward(out->emit() + " = (" + left->emit() + " " + std::string(e.ops[0]) + " " + right->emit() + ");");
  return out;
}

Var* Adjoint::emit_ifexp(const Expr& e) {
  Var* cond = eval(*e.items[0]);
  if (!cond) decline("void condition", e.pos);
  if (cond->constant) {
    if (cond->constant->kind == PyValue::Kind::FloatVec) decline("vector constant as a condition", e.pos);
    bool truth = cond->constant->kind == PyValue::Kind::Float ? cond->constant->f != 0 : cond->constant->i != 0;
    return eval(*e.items[truth ? 1 : 2]);
  }
  auto branch = [&](const Expr& x) {
    Var* v = eval(x);
    if (!v) decline("void value", x.pos);
    return v->type.reference ? add_builtin("copy", {v}, x) : load(v);
  };
  add_forward("if (" + load(cond)->emit() + ") {");
  add_reverse("}");
  indentation_ += "    ";
  Var* body = branch(*e.items[1]);
  indentation_.resize(indentation_.size() - 4);
  add_forward("}");
  add_reverse("if (" + load(cond)->emit() + ") {");
  add_forward("if (!" + load(cond)->emit() + ") {");
  add_reverse("}");
  indentation_ += "    ";
  Var* orelse = branch(*e.items[2]);
  indentation_.resize(indentation_.size() - 4);
  add_forward("}");
  add_reverse("if (!" + load(cond)->emit() + ") {");
  return add_builtin("where", {cond, body, orelse}, e);
}

Vars Adjoint::eval_args(const Expr& call) {
  Vars out;
  for (size_t i = 1; i < call.items.size(); ++i) {
    Var* v = eval(*call.items[i]);
    if (!v) decline("void argument", call.items[i]->pos);
    out.push_back(v);
  }
  return out;
}

// wp.identity(n, dtype), positional or by keyword: `n` is evaluated (a constant Var), `dtype` is a type
// expression that creates no Var; identity_dispatch_func passes both as template arguments and no
// call arguments, so there is no reverse call.
Var* Adjoint::emit_identity(const Expr& e) {
  const Expr* n_expr = nullptr;
  const Expr* dtype_expr = nullptr;
  if (e.items.size() > 3) decline("identity() arguments", e.pos);
  if (e.items.size() > 1) n_expr = e.items[1].get();
  if (e.items.size() > 2) dtype_expr = e.items[2].get();
  for (const auto& kw : e.keywords) {
    if (kw.name != "n" && kw.name != "dtype") decline("identity() keyword argument", kw.pos);
    const Expr*& slot = kw.name == "n" ? n_expr : dtype_expr;
    if (slot) decline("identity() argument given twice", kw.pos);
    slot = kw.value.get();
  }
  if (!n_expr || !dtype_expr) decline("identity() without n and dtype", e.pos);
  // Warp evaluates positional arguments, then keywords, in source order; only `n` makes a Var.
  std::optional<Type> dtype;
  const Expr& d = *dtype_expr;
  if (d.kind == ExprKind::Attribute && is_shadowed_warp(*d.items[0])) {
    dtype = types::lookup_type_name(d.text, false);
  } else if (d.kind == ExprKind::Name && !lookup(d.text) && !env_.find(d.text) &&
             (d.text == "float" || d.text == "int")) {
    dtype = types::lookup_type_name(d.text, true);
  }
  if (!dtype || !dtype->is_scalar()) decline("identity() dtype", d.pos);
  Var* n = eval(*n_expr);
  if (!n || !n->constant || n->constant->kind != PyValue::Kind::Int || n->type != Type::scalar_of(Scalar::Int32) ||
      n->constant->i < 2 || n->constant->i > 4)
    decline("identity() size other than a constant 2..4", n_expr->pos);
  const int size = static_cast<int>(n->constant->i);
  CallSpec spec{keep({"wp::identity<", std::to_string(size), ", ", dtype->ctype(), ">"}),
                "",
                {Type::matrix_of(size, size, dtype->scalar)},
                false,
                false,
                false,
                true,
                std::nullopt};
  return add_call(spec, {}).front();
}

Vars Adjoint::emit_call(const Expr& e, size_t expected_outputs) {
  const Expr& f = *e.items[0];
  if (f.kind == ExprKind::Attribute && f.text == "identity" && is_shadowed_warp(*f.items[0])) {
    if (expected_outputs > 1) decline("unpacking a call result", e.pos);
    return {emit_identity(e)};
  }
  if (!e.keywords.empty()) decline("keyword arguments", e.keywords[0].pos);
  std::string_view key;
  if (f.kind == ExprKind::Name) {
    if (lookup(f.text)) decline("calling a local variable", f.pos);
    const Global* g = env_.find(f.text);
    if (g && g->kind == Global::Kind::Function) {
      Vars a = eval_args(e);
      Adjoint& callee = module_.function(*g->func);
      if (std::find(callees.begin(), callees.end(), &callee) == callees.end()) callees.push_back(&callee);
      if (callee.args.size() != a.size()) decline("wrong number of arguments to a function", e.pos);
      for (size_t i = 0; i < a.size(); ++i) {
        if (callee.args[i]->type != a[i]->type.value())
          decline("argument type differing from the parameter type", e.items[i + 1]->pos);
      }
      if (callee.return_var && callee.return_var->size() != 1) decline("function with several results", e.pos);
      if (expected_outputs > 1) decline("unpacking a function result", e.pos);
      CallSpec spec{callee.info.native, keep({"adj_", callee.info.native}), {}, true, false, false, true, std::nullopt};
      if (callee.return_var) spec.outputs.push_back((*callee.return_var)[0]->type.value());
      return add_call(spec, a);
    }
    if (g && g->kind == Global::Kind::Struct) return emit_struct_constructor(*g->strct, e);
    if (g) decline("call of '" + std::string(f.text) + "'", f.pos);
    // Bare names Warp resolves through the warp module (min, max, abs, ...) or Python (float, int).
    static constexpr std::string_view kBare[] = {"float", "int", "bool", "len", "min", "max", "abs", "round", "pow"};
    if (std::find(std::begin(kBare), std::end(kBare), f.text) == std::end(kBare))
      decline("call of '" + std::string(f.text) + "'", f.pos);
    key = f.text;
  } else if (f.kind == ExprKind::Attribute && is_shadowed_warp(*f.items[0])) {
    key = f.text;
  } else {
    decline("call target", f.pos);
  }
  if (expected_outputs > 1 && key != "tid") decline("unpacking a call result", e.pos);

  if (key == "tid") {
    if (!info.is_kernel) decline("wp.tid() in a function", e.pos);
    if (e.items.size() != 1) decline("wp.tid() with arguments", e.pos);
    size_t n = std::max<size_t>(expected_outputs, 1);
    if (n > 4) decline("wp.tid() with more than 4 outputs", e.pos);
    CallSpec spec{keep({"builtin_tid", std::to_string(n), "d"}),
                  "",
                  SmallVector<Type, 2>(n, Type::scalar_of(Scalar::Int32)),
                  false,
                  false,
                  false,
                  true,
                  std::nullopt};
    return add_call(spec, {});
  }
  if (key == "len") {
    Vars a = eval_args(e);
    if (a.size() != 1) decline("len() arguments", e.pos);
    Type t = a[0]->type.value();
    if (t.is_array() && !a[0]->type.reference) {
      return add_call(
          CallSpec{"wp::len", "wp::adj_len", {Type::scalar_of(Scalar::Int32)}, false, false, false, true, std::nullopt},
          a);
    }
    if (t.is_vector()) {  // the length is known: value_func returns a constant Var, no call is emitted
      PyValue n;
      n.i = t.rows;
      return {add_constant(n)};
    }
    decline("len() of this type", e.pos);
  }
  if (key == "bool") {
    // bool(x) / wp.bool(x): the cast builtin lives outside namespace wp
    Vars a = eval_args(e);
    if (a.size() != 1 || a[0]->type.value().kind != types::Kind::Scalar) decline("bool() arguments", e.pos);
    return add_call(
        CallSpec{"bool", "adj_bool", {Type::scalar_of(Scalar::Bool)}, false, false, false, true, std::nullopt}, a);
  }
  if (key == "quat_identity" || key == "transform_identity") {
    if (e.items.size() != 1) decline("identity with arguments", e.pos);
    Type t = key == "quat_identity" ? Type::quat_of(Scalar::Float32) : Type::transform_of(Scalar::Float32);
    return add_call(CallSpec{keep({"wp::", key, "<wp::float32>"}), "", {t}, false, false, false, true, std::nullopt},
                    {});
  }
  if (key == "atomic_add" || key == "atomic_sub" || key == "atomic_min" || key == "atomic_max" ||
      key == "atomic_exch" || key == "atomic_and" || key == "atomic_or" || key == "atomic_xor") {
    Vars a = eval_args(e);
    if (a.empty() || !a[0]->type.is_array()) decline("atomic on a non-array", e.pos);
    return {add_builtin(key, a, e)};
  }
  if (key == "spatial_vector" && f.kind == ExprKind::Attribute) {
    // `spatial_vector` is also a builtin key, so Warp calls that builtin (not the `vector` constructor)
    // with the type's dtype=float32: no constant casts, six scalars as an initializer list.
    Vars a = eval_args(e);
    const Type f32 = Type::scalar_of(Scalar::Float32);
    const Type v3f = Type::vector_of(3, Scalar::Float32);
    bool ok = a.empty() || (a.size() == 2 && a[0]->type.value() == v3f && a[1]->type.value() == v3f);
    if (a.size() == 6) {
      ok = true;
      for (Var* v : a) ok = ok && v->type.value() == f32;
    }
    if (!ok) decline("spatial_vector constructor arguments", e.pos);
    CallSpec spec{"wp::vec_t<6, wp::float32>",
                  "wp::adj_vec_t",
                  {Type::vector_of(6, Scalar::Float32)},
                  true,
                  false,
                  false,
                  true,
                  std::nullopt};
    spec.init_list = a.size() == 6;
    return add_call(spec, a);
  }
  if (auto t = types::lookup_type_name(key, f.kind == ExprKind::Name)) {
    if (t->kind == types::Kind::Vector || t->kind == types::Kind::Matrix) {
      Vars a = eval_args(e);
      bool is_mat = t->kind == types::Kind::Matrix;
      size_t count = is_mat ? static_cast<size_t>(t->rows) * t->cols : t->rows;
      Type dtype = Type::scalar_of(t->scalar);
      bool copy = !is_mat && a.size() == 1 && a[0]->type.value() == *t;         // wp.vec3(v)
      bool fill = !is_mat && a.size() == 1 && !a[0]->type.value().is_vector();  // wp.vec3(s)
      if (a.size() != count && !a.empty() && !copy && !fill) decline("vector/matrix constructor arguments", e.pos);
      for (Var* v : copy ? Vars{} : a) {
        if (v->type.value() == dtype) continue;
        // _cast_scalar_constant: literals become constants of the vector's dtype
        bool castable = v->constant && v->type.is_scalar() && v->constant->kind != PyValue::Kind::Bool &&
                        (t->scalar == Scalar::Float16
                             ? v->constant->kind == PyValue::Kind::Float
                             : v->constant->kind == PyValue::Kind::Int || types::is_float_scalar(t->scalar));
        if (!castable) decline("vector constructor argument type", e.pos);
      }
      std::string name =
          is_mat ? "mat_t<" + std::to_string(t->rows) + ", " + std::to_string(t->cols) + ", " + dtype.ctype() + ">"
                 : "vec_t<" + std::to_string(t->rows) + ", " + dtype.ctype() + ">";
      CallSpec spec{
          keep({"wp::", name}), is_mat ? "wp::adj_mat_t" : "wp::adj_vec_t", {*t}, true, false, false, true, dtype};
      // vector: initializer_list_func is len(args) > 4; matrix_initializer_list_func: not (zero/fill
      // or a small square matrix)
      spec.init_list = is_mat ? !(a.size() <= 1 || (t->rows == t->cols && t->cols < 5)) : a.size() > 4;
      return add_call(spec, a);
    }
    if (t->is_quat() || t->is_transform()) {
      Vars a = eval_args(e);
      Type dtype = Type::scalar_of(t->scalar);
      std::string name = (t->is_quat() ? "quat_t<" : "transform_t<") + dtype.ctype() + ">";
      std::string adj = t->is_quat() ? "wp::adj_quat_t" : "wp::adj_transform_t";
      std::optional<Type> cast;
      if (t->is_quat()) {
        // Overloads: (), (quat), (vec3, real), (x, y, z, w), each argument of some Float type. The
        // type's dtype is then checked by _check_vars_match_dtype against variables only (constants
        // of another float type are accepted), and quaternion_dispatch_func casts scalar constants to
        // the dtype like vector_dispatch_func.
        auto scalar_ok = [&](Var* v) {
          if (!v->type.value().is_float()) return false;
          if (v->type.value() == dtype) return true;
          return v->constant && !v->type.reference && t->scalar != Scalar::Float16;
        };
        bool ok = a.empty() || (a.size() == 1 && a[0]->type.value().is_quat());
        if (a.size() == 2) {
          const Type ijk = a[0]->type.value();
          ok = ijk.is_vector() && ijk.rows == 3 && !a[0]->constant && ijk.scalar == t->scalar && scalar_ok(a[1]);
        }
        if (a.size() == 4) {
          ok = true;
          for (Var* v : a) ok = ok && scalar_ok(v);
        }
        if (!ok) decline("quaternion constructor argument type", e.pos);
        cast = dtype;
      } else if (a.size() != 2 || a[0]->type.value() != Type::vector_of(3, t->scalar) ||
                 a[1]->type.value() != Type::quat_of(t->scalar)) {
        decline("transform constructor arguments", e.pos);
      }
      return add_call(CallSpec{keep({"wp::", name}), adj, {*t}, true, false, false, true, cast}, a);
    }
    if (t->kind != types::Kind::Scalar || t->is_bool()) decline("constructor of '" + std::string(key) + "'", e.pos);
    if (f.kind == ExprKind::Attribute) key = types::scalar_name(t->scalar);
    Vars a = eval_args(e);
    if (a.size() != 1) decline("scalar constructor argument count", e.pos);
    bool wide = t->scalar == Scalar::Float64 || t->scalar == Scalar::Int64 || t->scalar == Scalar::UInt64;
    if (wide && a[0]->constant && f.kind == ExprKind::Attribute) {
      // add_call's constant precision preservation: the constant Var itself is retyped and assigned
      // the literal, e.g. `var_3 = 7ll;`.
      Var* arg = a[0];
      const PyValue c = *arg->constant;
      if (c.kind == PyValue::Kind::Bool || c.kind == PyValue::Kind::FloatVec ||
          (c.kind == PyValue::Kind::Float && std::isnan(c.f)))
        decline("64-bit constructor of this constant", e.pos);
      arg->type = *t;
      arg->typed_constant = true;
      std::string text = constant_str(*arg);
      arg->constant.reset();
      arg->typed_constant = false;
      add_forward(arg->emit() + " = " + text + ";");
      return {arg};
    }
    return {add_builtin(key, a, e)};
  }
  if (!builtins::has_key(key) && key != "where") decline("builtin 'wp." + std::string(key) + "'", f.pos);
  Vars a = eval_args(e);
  return {add_builtin(key, a, e)};
}

// The struct constructors (Struct.default_constructor / value_constructor): `Name()` or one argument per
// field, of exactly the field's type.
Vars Adjoint::emit_struct_constructor(const types::StructDef& s, const Expr& e) {
  module_.use_struct(&s);  // registered before the arguments are evaluated
  Vars a = eval_args(e);
  if (!a.empty() && a.size() != s.fields.size()) decline("struct constructor with a partial argument list", e.pos);
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i]->type.value() != s.fields[i].second)
      decline("struct constructor argument of a different type than its field", e.items[i + 1]->pos);
  }
  CallSpec spec{s.native_name, keep({"adj_", s.native_name}), {Type::struct_of(&s)}, true, false, false, true,
                std::nullopt};
  return add_call(spec, a);
}

// build_struct_recursive: a depth-first walk with a stack over nested struct fields, registered in
// reverse so that every struct follows the structs it contains.
void ModuleBuild::use_struct(const types::StructDef* s) {
  std::vector<const types::StructDef*> walk, stack{s};
  while (!stack.empty()) {
    const types::StructDef* x = stack.back();
    stack.pop_back();
    walk.push_back(x);
    for (const auto& field : x->fields) {
      if (field.second.is_struct()) stack.push_back(field.second.strct);
    }
  }
  for (auto it = walk.rbegin(); it != walk.rend(); ++it) {
    if (std::find(struct_order_.begin(), struct_order_.end(), *it) == struct_order_.end()) struct_order_.push_back(*it);
  }
}

// ---------------------------------------------------------------------------------------------

Adjoint& ModuleBuild::function(FuncInfo& f) {
  for (auto* a : function_order_) {
    if (&a->info == &f) return *a;
  }
  if (!in_progress_.insert(&f).second) decline("recursive function", f.def->pos);
  auto adj = std::make_unique<Adjoint>(env_, f, *this);
  adj->build();
  in_progress_.erase(&f);
  function_order_.push_back(adj.get());
  adjoints_.push_back(std::move(adj));
  return *adjoints_.back();
}

void ModuleBuild::propagate_backward_use(const std::vector<Adjoint*>& backward_kernels) {
  std::vector<Adjoint*> work = backward_kernels;
  while (!work.empty()) {
    Adjoint* a = work.back();
    work.pop_back();
    for (Adjoint* c : a->callees) {
      if (!c->used_by_backward_kernel) {
        c->used_by_backward_kernel = true;
        work.push_back(c);
      }
    }
  }
}

Adjoint& ModuleBuild::kernel(FuncInfo& f) {
  auto adj = std::make_unique<Adjoint>(env_, f, *this);
  adj->build();
  adjoints_.push_back(std::move(adj));
  return *adjoints_.back();
}

}  // namespace ws::codegen
