// Calls and constructors (Adjoint.emit_Call): @wp.func calls, the calls Warp handles through their own
// dispatch (wp.tid, len, bool, identities, spatial_vector, atomics), type constructors (vec_t, mat_t,
// quaternions, transforms, scalar casts: vector_dispatch_func and friends), struct constructors, and
// every other builtin by key through add_builtin.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "codegen/adjoint.h"
#include "frontend/unsupported.h"
#include "lang/builtin_keys.h"
#include "lang/builtins.h"
#include "lang/decompositions.h"

namespace ws::codegen {

using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using types::Scalar;
using types::Type;

// Adjoint.resolve_arg: each argument is evaluated; one that also resolves statically to a value
// (wp.pi, wp.Volume.LINEAR) is then added again as that constant, which the call takes.
Vars Adjoint::eval_args(const Expr& call) {
  Vars out;
  for (size_t i = 1; i < call.items.size(); ++i) {
    Var* v = eval(*call.items[i]);
    if (!v) decline("void argument", call.items[i]->pos);
    if (auto c = warp_constant(*call.items[i])) v = add_constant(*c);
    out.push_back(v);
  }
  return out;
}

// emit_Call evaluates the positional arguments, then the keywords, in source order, before it resolves
// the callee (resolve_call).
Adjoint::CallArgs Adjoint::eval_call_args(const Expr& call) {
  CallArgs given{eval_args(call), {}};
  for (const auto& kw : call.keywords) {
    Var* v = eval(*kw.value);
    if (!v) decline("void argument", kw.value->pos);
    given.keywords.push_back(v);
  }
  return given;
}

// inspect.Signature.bind, then apply_defaults (resolve_call): the evaluated arguments placed by
// parameter name; a parameter left out is a null argument whose default is in `defaults`. Any callee
// with named parameters binds through here: @wp.func calls, and builtin rows once they name theirs.
Adjoint::BoundCall Adjoint::bind_args(const Expr& call, const CallArgs& given, std::span<const std::string_view> names,
                                      const DefaultOf& default_of) const {
  BoundCall b;
  auto fail = [&](std::string why, frontend::Pos at) {
    b.error = std::move(why);
    b.error_at = at;
    return b;
  };
  if (given.positional.size() > names.size()) return fail("too many arguments", call.pos);
  for (size_t i = 0; i < names.size(); ++i) {
    b.args.push_back(i < given.positional.size() ? given.positional[i] : nullptr);
    b.nodes.push_back(i < given.positional.size() ? call.items[i + 1]->pos : call.pos);
  }
  for (size_t k = 0; k < call.keywords.size(); ++k) {
    const auto& kw = call.keywords[k];
    const auto p = std::find(names.begin(), names.end(), kw.name);
    if (p == names.end()) return fail("unknown keyword argument '" + std::string(kw.name) + "'", kw.pos);
    const size_t i = static_cast<size_t>(p - names.begin());
    if (b.args[i]) return fail("argument '" + std::string(kw.name) + "' given twice", kw.pos);
    b.args[i] = given.keywords[k];
    b.nodes[i] = kw.value->pos;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    if (b.args[i]) continue;
    std::optional<PyValue> d = default_of(i);
    if (!d) return fail("missing argument '" + std::string(names[i]) + "'", call.pos);
    b.defaults.push_back(*d);
  }
  return b;
}

Adjoint::BoundCall Adjoint::bind_call(const Expr& call, std::span<const std::string_view> names,
                                      const DefaultOf& default_of) {
  BoundCall b = bind_args(call, eval_call_args(call), names, default_of);
  if (!b.error.empty()) decline(b.error, b.error_at);
  return b;
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
  if (!n || !n->constant || n->typed_constant || n->constant->kind != PyValue::Kind::Int ||
      n->type != Type::scalar_of(Scalar::Int32) || n->constant->i < 2 || n->constant->i > 4)
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
  // wp.static(...) resolved at declaration: the ast.Constant Warp put in its place (emit_Constant), or
  // `wp.static(f)(...)`, a call of the @wp.func it named
  if (const StaticExpr* s = info.find_static(e)) {
    if (s->func) decline("wp.static() function used as a value", e.pos);
    if (expected_outputs > 1) decline("unpacking a constant", e.pos);
    return {add_constant(*s->value)};
  }
  if (f.kind == ExprKind::Call) {
    const StaticExpr* s = info.find_static(f);
    if (!s || !s->func) decline("call target", f.pos);
    return emit_function_call(e, *s->func, expected_outputs);
  }
  const lang::Row* called = f.kind == ExprKind::Attribute ? lang::special_form(f.text) : nullptr;
  if (called && called->emit == lang::Emit::Identity && is_shadowed_warp(*f.items[0])) {
    if (expected_outputs > 1) decline("unpacking a call result", e.pos);
    return {emit_identity(e)};
  }
  std::string_view key;
  if (f.kind == ExprKind::Name) {
    if (lookup(f.text)) decline("calling a local variable", f.pos);
    const Global* g = env_.find(f.text);
    if (g && g->kind == Global::Kind::Function) return emit_function_call(e, *g->func, expected_outputs);
  }
  // Builtin rows carry no parameter names yet: keywords are bound for @wp.func calls, identity and the
  // tile builtins (their names are in lang/tiles.h) only.
  const bool tile_call = called && called->emit == lang::Emit::Tile && is_shadowed_warp(*f.items[0]);
  // the builtins `vector` and `matrix` themselves: wp.vector(...), wp.types.matrix(...) (emit_Call finds
  // the key in builtin_functions), their keywords bound by emit_vector_constructor
  if (f.kind == ExprKind::Attribute && (f.text == "vector" || f.text == "matrix") &&
      (is_shadowed_warp(*f.items[0]) || (f.items[0]->kind == ExprKind::Attribute && f.items[0]->text == "types" &&
                                         is_shadowed_warp(*f.items[0]->items[0])))) {
    if (expected_outputs > 1) decline("unpacking a call result", e.pos);
    return emit_vector_constructor(e, std::nullopt, f.text == "matrix");
  }
  // a vector or matrix type's constructor takes the same keywords
  std::optional<Type> called_type;
  if (f.kind == ExprKind::Name && env_.find(f.text) && env_.find(f.text)->kind == Global::Kind::TypeAlias &&
      !lookup(f.text))
    called_type = env_.find(f.text)->type;
  if (f.kind == ExprKind::Attribute && is_shadowed_warp(*f.items[0]) && !lang::special_form(f.text))
    called_type = types::lookup_type_name(f.text, false);
  const bool vector_call = called_type && (called_type->is_vector() || called_type->is_matrix()) &&
                           lang::constructor(*called_type) != nullptr;
  const std::span<const std::string_view> param_names = f.kind == ExprKind::Attribute && is_shadowed_warp(*f.items[0])
                                                            ? lang::param_names(f.text)
                                                            : std::span<const std::string_view>{};
  if (!e.keywords.empty() && !tile_call && !vector_call && param_names.empty()) {
    if (f.kind == ExprKind::Attribute && is_shadowed_warp(*f.items[0]) && !lang::has_key(f.text) &&
        !types::lookup_type_name(f.text, false))
      decline("builtin 'wp." + std::string(f.text) + "'", f.pos);
    decline("keyword arguments to a builtin", e.keywords[0].pos);
  }
  if (f.kind == ExprKind::Name) {
    const Global* g = env_.find(f.text);
    if (g && g->kind == Global::Kind::Struct) return emit_struct_constructor(*g->strct, e);
    if (g && g->kind == Global::Kind::TypeAlias) {
      // emit_Call: a name that is also a builtin's key calls that builtin; any other calls the class's
      // _wp_constructor_ (vector, matrix, quaternion, transformation) with its _wp_type_args_
      if (lang::is_builtin_key(f.text)) decline("type alias named like a builtin", f.pos);
      if (expected_outputs > 1) decline("unpacking a call result", e.pos);
      return emit_constructor(e, g->type);
    }
    if (g) decline("call of '" + std::string(f.text) + "'", f.pos);
    // Bare names Warp resolves through the warp module (min, max, abs, ...) or Python (float, int).
    static constexpr std::string_view kBare[] = {"float", "int", "bool",  "len", "min",
                                                 "max",   "abs", "round", "pow", "print"};
    if (std::find(std::begin(kBare), std::end(kBare), f.text) == std::end(kBare))
      decline("call of '" + std::string(f.text) + "'", f.pos);
    key = f.text;
  } else if (f.kind == ExprKind::Attribute && is_shadowed_warp(*f.items[0])) {
    key = f.text;
  } else {
    decline("call target", f.pos);
  }
  const lang::Row* form = lang::special_form(key);
  if (expected_outputs > 1 && key != "tid" && !(form && form->emit == lang::Emit::Decomposition))
    decline("unpacking a call result", e.pos);

  // The calls Warp handles by key before the generic builtin path, each through its own dispatch: the
  // special forms of the language table, by the hook their row names.
  if (form) {
    switch (form->emit) {
      case lang::Emit::Decomposition:
        return emit_decomposition(e, key, expected_outputs);
      case lang::Emit::Tid:
        return emit_tid(e, key, expected_outputs);
      case lang::Emit::Len:
        return emit_len(e, key, expected_outputs);
      case lang::Emit::Bool:
        return emit_bool(e, key, expected_outputs);
      case lang::Emit::IdentityConstant:
        return emit_identity_constant(e, key, expected_outputs);
      case lang::Emit::SpatialVector:
        return emit_spatial_vector(e, key, expected_outputs);
      case lang::Emit::Print:
        return emit_print(e);
      case lang::Emit::Printf:
        return emit_printf(e);
      case lang::Emit::Tile:
        return emit_tile_call(e, key);
      case lang::Emit::Atomic: {
        Vars a = eval_args(e);
        if (a.empty() || !a[0]->type.is_array()) decline("atomic on a non-array", e.pos);
        return {add_builtin(key, a, e)};
      }
      default:  // Identity: above, with its keywords; Where: add_builtin, which branch merges call too;
        break;  // internal forms: not callable from kernel source (has_key says so below)
    }
  }
  if (auto t = types::lookup_type_name(key, f.kind == ExprKind::Name)) return emit_constructor(e, *t);
  if (key == "transformation") return emit_transformation_call(e);
  if (!lang::has_key(key)) decline("builtin 'wp." + std::string(key) + "'", f.pos);
  if (e.keywords.empty() && (key == "matrix_from_rows" || key == "matrix_from_cols"))
    return {emit_matrix_from_vecs(e, key)};
  if (e.keywords.empty()) return {add_builtin(key, eval_args(e), e)};
  // keywords bound by name (Signature.bind); the arguments then given are a leading run of the
  // parameters, whose left-out trailing defaults add_builtin fills as a positional call's
  BoundCall b = bind_call(e, param_names, [](size_t) { return std::optional<PyValue>(PyValue{}); });
  Vars a;
  for (size_t i = 0; i < b.args.size() && b.args[i]; ++i) a.push_back(b.args[i]);
  if (a.size() != b.args.size() - b.defaults.size()) decline("a parameter left out before a keyword", e.pos);
  return {add_builtin(key, a, e)};
}

// matrix_from_rows / matrix_from_cols (matrix_from_vecs_create_value_func): vectors of one length and
// dtype, one per row (column). The square shapes are the table's rows (template specializations take
// the dtype only); matrix_from_vecs_dispatch_func passes any other shape as template arguments, and
// matrix_from_vecs_initializer_list_func makes the call an initializer list.
Var* Adjoint::emit_matrix_from_vecs(const Expr& e, std::string_view key) {
  Vars a = eval_args(e);
  if (a.size() < 2 || !a[0]->type.value().is_vector()) return add_builtin(key, a, e);
  const Type v = a[0]->type.value();
  for (Var* x : a) {
    if (x->type.value() != v) return add_builtin(key, a, e);  // declined there with the argument types
  }
  const int n = static_cast<int>(a.size());
  if (n == v.rows) return add_builtin(key, a, e);
  if (n > 16 || v.rows > 16) decline("matrix shape outside 2..16 (not modelled)", e.pos);
  const bool cols = key == "matrix_from_cols";
  const Type t = cols ? Type::matrix_of(v.rows, n, v.scalar) : Type::matrix_of(n, v.rows, v.scalar);
  CallSpec spec = builtin_spec(key, {t}, true);
  spec.name = keep({spec.name, "<", std::to_string(t.rows), ", ", std::to_string(t.cols), ", ",
                    Type::scalar_of(v.scalar).ctype(), ">"});
  spec.init_list = true;
  return add_call(spec, a).front();
}

namespace {

SmallVector<std::string_view, 6> param_names(const FuncInfo& f) {
  SmallVector<std::string_view, 6> names;
  for (const auto& p : f.def->params) names.push_back(p.name);
  return names;
}

// Function.defaults, as the function was defined
auto defaults_of(const FuncInfo& f) {
  return [&f](size_t i) -> std::optional<PyValue> {
    const auto& p = f.def->params[i];
    if (!p.default_value) return std::nullopt;
    return default_value(*p.default_value);
  };
}

}  // namespace

// get_overload's first pass over user_overloads, in insertion order: func_match_args binds the argument
// types to the overload's signature (a default typed by get_arg_type) and compares each with its
// parameter's type. The arguments were evaluated once, before (emit_Call).
std::pair<FuncInfo*, Adjoint::BoundCall> Adjoint::resolve_overload(const Expr& e, FuncInfo& func) {
  const CallArgs given = eval_call_args(e);
  for (FuncInfo* o : func.user_overloads) {
    BoundCall b = bind_args(e, given, param_names(*o), defaults_of(*o));
    if (!b.error.empty()) continue;
    bool matches = true;
    size_t next_default = 0;
    for (size_t i = 0; i < b.args.size() && matches; ++i) {
      const Type t = b.args[i] ? b.args[i]->type.value() : constant_type(b.defaults[next_default++]);
      matches = func_match_arg(annotation_type(env_, *o->def->params[i].annotation), t);
    }
    if (matches) return {o, std::move(b)};
  }
  decline("no overload of '" + func.key + "' matching the arguments", e.pos);
}

// A @wp.func call: the callee is built first (Warp resolves its overload), then called like a builtin
// with its adjoint adj_<name>. A redefined function resolves among its overloads (resolve_overload).
// Keywords are bound to the parameters by name and left-out parameters take their defaults, as
// resolve_call binds them (func.signature.bind, then apply_defaults).
Vars Adjoint::emit_function_call(const Expr& e, FuncInfo& called, size_t expected_outputs) {
  auto [chosen, bound] = called.user_overloads.size() > 1
                             ? resolve_overload(e, called)
                             : std::pair{&called, bind_call(e, param_names(called), defaults_of(called))};
  FuncInfo& func = *chosen;
  const auto& params = func.def->params;
  Vars& a = bound.args;
  // Function.get_overload: a generic function (one parameter at least annotated Any or an array of Any)
  // takes the first overload instantiated so far that the argument types (get_arg_type: references
  // stripped; a left-out argument its default's) match, else is instantiated with them where each
  // positional one matches its template (types.type_matches_template: Any anything, an array of Any an
  // array of its ndim, others equal); a defaulted parameter takes its default's type, whatever its annotation
  std::vector<Type> instance;
  const bool generic = std::any_of(params.begin(), params.end(), [&](const frontend::Param& p) {
    return p.annotation && generic_type_code(env_, *p.annotation);
  });
  if (generic) {
    if (!e.keywords.empty()) decline("keyword arguments to a generic function", e.keywords[0].pos);
    // without keywords, the arguments given are the leading ones, the defaults fill the rest in order
    const size_t given = e.items.size() - 1;
    std::vector<Type> arg_types;
    for (size_t i = 0; i < a.size(); ++i) {
      const Type t = i < given ? a[i]->type.value() : constant_type(bound.defaults[i - given]);
      using K = types::Kind;
      if (t.kind != K::Scalar && t.kind != K::Vector && t.kind != K::Matrix && t.kind != K::Quat &&
          t.kind != K::Transform && t.kind != K::Array && t.kind != K::Struct)
        decline("argument of this type to a generic function", bound.nodes[i]);
      arg_types.push_back(t);
    }
    if (const std::vector<Type>* existing = module_.instantiated_overload(func, arg_types)) {
      instance = *existing;
    } else {
      // func_match_args over all the parameters (a default against its annotation too), then
      // type_matches_template over the arguments given
      for (size_t i = 0; i < params.size(); ++i) {
        if (!params[i].annotation) decline("parameter without annotation", params[i].pos);
        const std::optional<std::string> code = generic_type_code(env_, *params[i].annotation);
        const Type& t = arg_types[i];
        bool matches = false;
        if (!code) {
          const Type declared = annotation_type(env_, *params[i].annotation);
          matches = i < given ? t == declared : func_match_arg(declared, t);
        } else {
          matches = *code == "?" || (t.is_plain_array() && "a" + std::to_string(t.ndim) + "?" == *code);
        }
        if (!matches) decline("argument type not matching the generic function's parameter", bound.nodes[i]);
      }
      instance = std::move(arg_types);
    }
  }
  Adjoint& callee = module_.function(func, instance);
  if (std::find(callees.begin(), callees.end(), &callee) == callees.end()) callees.push_back(&callee);
  if (callee.args.size() != a.size()) decline("wrong number of arguments to a function", e.pos);
  size_t next_default = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const Type t = a[i] ? a[i]->type.value() : constant_type(bound.defaults[next_default++]);
    if (!func_match_arg(callee.args[i]->type, t))
      decline("argument type differing from the parameter type", bound.nodes[i]);
  }
  // several results: one output Var each (add_call), unpacked by the assignment that expects them all
  const size_t results = callee.return_var ? callee.return_var->size() : 0;
  if (results > 1 && expected_outputs != results) decline("function results not unpacked one by one", e.pos);
  if (results <= 1 && expected_outputs > 1) decline("unpacking a function result", e.pos);
  CallSpec spec{callee.info.native, keep({"adj_", callee.info.native}), {}, true, false, false, true, std::nullopt};
  if (callee.return_var) {
    for (Var* r : *callee.return_var) spec.outputs.push_back(r->type.value());
  }
  spec.defaults = std::move(bound.defaults);
  return add_call(spec, a);
}

// wp.tid(): builtin_tid<N>d with one int32 output per unpacked name. wp.block_dim() (builtins.py
// add_builtin "block_dim": no inputs, value_type int, namespace "", native_func builtin_block_dim, not
// differentiable): builtin_block_dim() with one int32 output, in kernels and functions alike.
Vars Adjoint::emit_tid(const Expr& e, std::string_view key, size_t expected_outputs) {
  if (key == "block_dim") {
    if (e.items.size() != 1) decline("wp.block_dim() with arguments", e.pos);
    CallSpec spec{"builtin_block_dim", "", {Type::scalar_of(Scalar::Int32)}, false, false, false, true, std::nullopt};
    return add_call(spec, {});
  }
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

Vars Adjoint::emit_len(const Expr& e, std::string_view, size_t) {
  Vars a = eval_args(e);
  if (a.size() != 1) decline("len() arguments", e.pos);
  Type t = a[0]->type.value();
  if (t.is_plain_array()) {  // a struct's array field (a reference) is loaded by the call
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

// bool(x) / wp.bool(x): the cast builtin lives outside namespace wp
Vars Adjoint::emit_bool(const Expr& e, std::string_view, size_t) {
  Vars a = eval_args(e);
  if (a.size() != 1 || a[0]->type.value().kind != types::Kind::Scalar) decline("bool() arguments", e.pos);
  return add_call(
      CallSpec{"bool", "adj_bool", {Type::scalar_of(Scalar::Bool)}, false, false, false, true, std::nullopt}, a);
}

// print(x) / wp.print(x): the builtin `print` (input Any, no result, differentiable): wp::print forward,
// wp::adj_print reverse, replayed in the backward pass like any call.
Vars Adjoint::emit_print(const Expr& e) {
  Vars a = eval_args(e);
  if (a.size() != 1) decline("print() with other than one argument", e.pos);
  return add_call(CallSpec{"wp::print", "wp::adj_print", {}, true, false, false, true, std::nullopt}, a);
}

// wp.printf(fmt, *args): printf_dispatch_func passes the format (a string constant, `const wp::str`) and
// the arguments to the C library's printf (no namespace); not differentiable, replayed in the backward
// pass. printf_value_func rejects more than 32 arguments after the format.
Vars Adjoint::emit_printf(const Expr& e) {
  if (e.items.size() < 2 || e.items[1]->kind != ExprKind::Str)
    decline("printf() format other than a string literal", e.pos);
  if (e.items.size() - 2 > 32) decline("printf() with more than 32 arguments", e.pos);
  set_lineno(e.items[1]->pos.line);  // Adjoint.eval of the format's Constant node
  Vars a{add_constant(PyValue::of_str(keep({string_literal_value(*e.items[1])})))};
  for (size_t i = 2; i < e.items.size(); ++i) {
    Var* v = eval(*e.items[i]);
    if (!v) decline("void argument", e.items[i]->pos);
    a.push_back(v);
  }
  return add_call(CallSpec{"printf", "", {}, false, false, false, true, std::nullopt}, a);
}

// wp.quat_identity() / wp.transform_identity(): float32, no arguments.
Vars Adjoint::emit_identity_constant(const Expr& e, std::string_view key, size_t) {
  if (e.items.size() != 1) decline("identity with arguments", e.pos);
  Type t = key == "quat_identity" ? Type::quat_of(Scalar::Float32) : Type::transform_of(Scalar::Float32);
  return add_call(CallSpec{keep({"wp::", key, "<wp::float32>"}), "", {t}, false, false, false, true, std::nullopt}, {});
}

// `spatial_vector` is also a builtin key, so Warp calls that builtin (not the `vector` constructor)
// with the type's dtype=float32: no constant casts, six scalars as an initializer list.
Vars Adjoint::emit_spatial_vector(const Expr& e, std::string_view, size_t) {
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

// The builtins whose value_func gives several results (lang/decompositions.h): wp::svd3(A, U, sigma, V)
// with the outputs after the argument, differentiable, in the argument's float scalar. Each result is a
// name of the unpacking assignment: a call kept whole (`r = wp.svd3(A)`, a tuple Warp would pass on)
// is declined.
Vars Adjoint::emit_decomposition(const Expr& e, std::string_view key, size_t expected_outputs) {
  const lang::Decomposition& row = lang::kDecompositions[lang::decomposition_row(key)];
  Vars a = eval_args(e);
  const Type arg = a.size() == 1 ? a[0]->type.value() : Type{};
  if (a.size() != 1 || !e.keywords.empty() || !types::is_float_scalar(arg.scalar) ||
      arg != lang::in_scalar(row.arg, arg.scalar)) {
    const std::string shape = row.arg.is_quat()
                                  ? std::string("float quaternion")
                                  : std::to_string(row.arg.rows) + "x" + std::to_string(row.arg.cols) + " float matrix";
    decline(std::string(key) + "() of other than one " + shape, e.pos);
  }
  if (expected_outputs != row.count)
    decline(std::string(key) + "() not unpacked into its " + std::to_string(row.count) + " results", e.pos);
  SmallVector<Type, 2> outputs;
  for (const Type& t : row.outputs()) outputs.push_back(lang::in_scalar(t, arg.scalar));
  return add_call(builtin_spec(key, std::move(outputs), true), a);
}

// A call of a type: wp.vec3(...), wp.mat22(...), wp.quatd(...), wp.transform(...) are calls of the
// type's constructor row (lang::constructor), emitted by the hook the row names; float(x), wp.int64(x)
// are the scalar casts.
Vars Adjoint::emit_constructor(const Expr& e, const Type& t) {
  const lang::Row* ctor = lang::constructor(t);
  if (!ctor) {
    if (t.kind != types::Kind::Scalar || t.is_bool())
      decline("constructor of '" + std::string(e.items[0]->text) + "'", e.pos);
    return emit_scalar_constructor(e, t);
  }
  switch (ctor->emit) {
    case lang::Emit::VectorCtor:
    case lang::Emit::MatrixCtor:
      return emit_vector_constructor(e, t, ctor->emit == lang::Emit::MatrixCtor);
    case lang::Emit::QuatCtor:
      return emit_quat_constructor(e, t, *ctor);
    case lang::Emit::TransformCtor:
      return emit_transform_constructor(e, t, *ctor);
    default:
      throw std::logic_error("constructor row without a constructor hook");
  }
}

// The builtins `vector` and `matrix` (vector_value_func / matrix_value_func, then vector_dispatch_func /
// matrix_dispatch_func): called as wp.vector(...) / wp.types.matrix(...), or through a type (wp.vec3(...),
// mat32d(...)) whose _wp_type_args_ (resolve_call) fix length or shape and dtype. Positional arguments are
// evaluated, then keywords in source order (emit_Call's resolve_arg): an int literal `length` is a constant
// Var, a `shape` of two int literals the `tuple` builtin of their constants (emit_Tuple), a `dtype` a type,
// which makes no Var. The type follows the value functions: zero arguments zero-initialize (dtype float32
// unless given), one of the constructed kind copies it, one scalar fills, several initialize by value
// (a vector's length is their count; without dtype they share one scalar type, scalar_infer_type). A
// keyword repeating a type's own argument must equal it (values_check_equal); a dtype next to a type's
// own is declined.
Vars Adjoint::emit_vector_constructor(const Expr& e, std::optional<Type> typed, bool is_mat) {
  Vars a = eval_args(e);
  std::optional<int> rows, cols;
  std::optional<Scalar> dtype;
  for (const auto& kw : e.keywords) {
    const Expr& v = *kw.value;
    if (kw.name == "dtype" && !dtype) {
      std::optional<Type> d;
      if (v.kind == ExprKind::Attribute && is_shadowed_warp(*v.items[0])) {
        d = types::lookup_type_name(v.text, false);
      } else if (v.kind == ExprKind::Name && !lookup(v.text) && !env_.find(v.text) &&
                 (v.text == "float" || v.text == "int")) {
        d = types::lookup_type_name(v.text, true);
      }
      if (!d || !d->is_scalar() || d->is_bool()) decline("constructor dtype", v.pos);
      dtype = d->scalar;
    } else if (kw.name == (is_mat ? "shape" : "length") && !rows) {
      // a shape's elements are evaluated one by one (emit_Tuple): int literals or int constants
      const auto int_item = [](const Expr& x) { return x.kind == ExprKind::Int || x.kind == ExprKind::Name; };
      const bool literal_shape =
          v.kind == ExprKind::Tuple && v.items.size() == 2 && int_item(*v.items[0]) && int_item(*v.items[1]);
      if (is_mat ? !literal_shape : v.kind != ExprKind::Int)
        decline(is_mat ? "matrix shape other than two ints" : "vector length other than an int literal", v.pos);
      const Vars dims = tuple_elements(is_mat ? eval_tile_arg(v) : eval(v));
      for (Var* d : dims) {
        if (!d->constant || d->typed_constant || d->constant->kind != PyValue::Kind::Int || d->constant->i < 1 ||
            d->constant->i > 1024)
          decline("constructor size", v.pos);
      }
      rows = static_cast<int>(dims[0]->constant->i);
      cols = static_cast<int>(dims.back()->constant->i);
    } else {
      decline("constructor keyword argument '" + std::string(kw.name) + "'", kw.pos);
    }
  }
  if (typed) {
    if (dtype) decline("dtype keyword to a typed constructor", e.pos);
    if (rows && (*rows != typed->rows || (is_mat && *cols != typed->cols)))
      decline("constructor size differing from the type's", e.pos);
    rows = typed->rows;
    cols = typed->cols;
    dtype = typed->scalar;
  }
  const auto same_kind = [&](const Type& v) { return is_mat ? v.is_matrix() : v.is_vector(); };
  bool copy = false;
  if (a.size() == 1 && same_kind(a[0]->type.value())) {  // copy constructor
    const Type v = a[0]->type.value();
    if (!rows) rows = v.rows, cols = v.cols;
    if (!dtype) dtype = v.scalar;
    // a copy of another dtype is converted to the one named (vector_value_func keeps it)
    if (*rows != v.rows || (is_mat && *cols != v.cols)) decline("copy constructor of another size", e.pos);
    copy = true;
  } else if (a.size() >= 1) {  // fill (one value) or initialization by value
    for (Var* v : a) {
      if (!v->type.value().is_scalar() || v->type.value().is_bool())
        decline("vector/matrix constructor arguments", e.pos);
    }
    if (!dtype) {
      dtype = a[0]->type.value().scalar;
      for (Var* v : a) {
        if (v->type.value().scalar != *dtype) decline("constructor values of different types", e.pos);
      }
    }
    if (!is_mat && !rows && a.size() > 1) rows = cols = static_cast<int>(a.size());
  }
  if (!rows) decline(is_mat ? "matrix constructor without a shape" : "vector constructor without a length", e.pos);
  if (!dtype) dtype = Scalar::Float32;
  const size_t count = is_mat ? static_cast<size_t>(*rows) * *cols : static_cast<size_t>(*rows);
  if (a.size() > 1 && a.size() != count) decline("vector/matrix constructor arguments", e.pos);
  const Type t = is_mat ? Type::matrix_of(*rows, *cols, *dtype) : Type::vector_of(*rows, *dtype);
  const Type scalar = Type::scalar_of(*dtype);
  for (Var* v : copy ? Vars{} : a) {
    if (v->type.value() == scalar) continue;
    // _check_vars_match_dtype accepts constants only; _cast_scalar_constant makes them the dtype's
    bool castable = v->constant && v->type.is_scalar() && v->constant->kind != PyValue::Kind::Bool &&
                    (v->constant->kind == PyValue::Kind::Int || types::is_float_scalar(*dtype));
    if (!castable) decline("vector constructor argument type", e.pos);
  }
  const lang::Row* ctor = lang::constructor(t);
  if (!ctor) decline("constructor of this type", e.pos);
  // template_args: (length, dtype) or (rows, cols, dtype)
  const std::string shape = is_mat ? std::to_string(t.rows) + ", " + std::to_string(t.cols) : std::to_string(t.rows);
  CallSpec spec = constructor_call(*ctor, shape + ", " + std::string(scalar.ctype()), t, scalar);
  // vector: initializer_list_func is len(args) > 4; matrix_initializer_list_func: not (zero/fill
  // or a small square matrix)
  spec.init_list = is_mat ? !(a.size() <= 1 || (t.rows == t.cols && t.cols < 5)) : a.size() > 4;
  return add_call(spec, a);
}

Adjoint::CallSpec Adjoint::constructor_call(const lang::Row& ctor, std::string_view template_args, const Type& t,
                                            std::optional<Type> cast_constants) {
  return CallSpec{keep({"wp::", ctor.native, "<", template_args, ">"}),
                  keep({"wp::adj_", ctor.native}),
                  {t},
                  (ctor.flags & lang::kDiff) != 0,
                  false,
                  false,
                  true,
                  cast_constants};
}

// quaternion_dispatch_func. Overloads: (), (quat), (vec3, real), (x, y, z, w), each argument of some
// Float type. The type's dtype is then checked by _check_vars_match_dtype against variables only
// (constants of another float type are accepted), and scalar constants are cast to the dtype like
// vector_dispatch_func does.
Vars Adjoint::emit_quat_constructor(const Expr& e, const Type& t, const lang::Row& ctor) {
  Vars a = eval_args(e);
  Type dtype = Type::scalar_of(t.scalar);
  auto scalar_ok = [&](Var* v) {
    if (!v->type.value().is_float()) return false;
    if (v->type.value() == dtype) return true;
    return v->constant && !v->type.reference && t.scalar != Scalar::Float16;
  };
  bool ok = a.empty() || (a.size() == 1 && a[0]->type.value().is_quat());
  if (a.size() == 2) {
    const Type ijk = a[0]->type.value();
    ok = ijk.is_vector() && ijk.rows == 3 && !a[0]->constant && ijk.scalar == t.scalar && scalar_ok(a[1]);
  }
  if (a.size() == 4) {
    ok = true;
    for (Var* v : a) ok = ok && scalar_ok(v);
  }
  if (!ok) decline("quaternion constructor argument type", e.pos);
  return add_call(constructor_call(ctor, dtype.ctype(), t, dtype), a);
}

// transformation_dispatch_func for the forms the native backend reproduces: none (zero initialization)
// or a vec3 and a quaternion of the transform's dtype (the row's signature).
Vars Adjoint::emit_transform_constructor(const Expr& e, const Type& t, const lang::Row& ctor) {
  return construct_transform(e, t, ctor, eval_args(e));
}

// wp.transformation(p, q), the builtin called by its own name: transformation_pq_value_func takes the
// dtype from the arguments, then transformation_dispatch_func emits the same constructor as
// wp.transform(p, q) does.
Vars Adjoint::emit_transformation_call(const Expr& e) {
  Vars a = eval_args(e);
  if (a.size() != 2 || !a[0]->type.value().is_vector())
    decline("wp.transformation arguments other than a translation and a rotation", e.pos);
  const Type t = Type::transform_of(a[0]->type.value().scalar);
  const lang::Row* ctor = lang::constructor(t);
  if (!ctor) decline("wp.transformation of this scalar type", e.pos);
  return construct_transform(e, t, *ctor, std::move(a));
}

Vars Adjoint::construct_transform(const Expr& e, const Type& t, const lang::Row& ctor, Vars a) {
  // wp.transform(): the variadic overload's zero initialization
  if (a.empty()) return add_call(constructor_call(ctor, Type::scalar_of(t.scalar).ctype(), t, std::nullopt), a);
  SmallVector<Type, 6> types;
  for (Var* v : a) types.push_back(v->type.value());
  if (lang::match(ctor.sig, ctor.key, types) != t) decline("transform constructor arguments", e.pos);
  return add_call(constructor_call(ctor, Type::scalar_of(t.scalar).ctype(), t, std::nullopt), a);
}

// float(x), int(x), wp.float64(x), ...: the scalar casts, called by the scalar's name.
Vars Adjoint::emit_scalar_constructor(const Expr& e, const Type& t) {
  const Expr& f = *e.items[0];
  const std::string_view key = f.kind == ExprKind::Attribute ? types::scalar_name(t.scalar) : f.text;
  Vars a = eval_args(e);
  if (a.size() != 1) decline("scalar constructor argument count", e.pos);
  bool wide = t.scalar == Scalar::Float64 || t.scalar == Scalar::Int64 || t.scalar == Scalar::UInt64;
  if (wide && a[0]->constant && f.kind == ExprKind::Attribute) {
    // add_call's constant precision preservation: the constant Var itself is retyped and assigned
    // the literal, e.g. `var_3 = 7ll;`.
    Var* arg = a[0];
    const PyValue c = *arg->constant;
    if (c.kind == PyValue::Kind::Bool || c.kind == PyValue::Kind::Vec ||
        (c.kind == PyValue::Kind::Float && std::isnan(c.f)))
      decline("64-bit constructor of this constant", e.pos);
    arg->type = t;
    arg->typed_constant = true;
    std::string text = constant_str(*arg);
    arg->constant.reset();
    arg->typed_constant = false;
    add_forward(arg->emit() + " = " + text + ";");
    return {arg};
  }
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

}  // namespace ws::codegen
