#include "codegen/type_alias.h"

#include <vector>

#include "codegen/py_eval.h"
#include "types/type.h"

namespace ws::codegen {
namespace {

using frontend::Expr;
using frontend::ExprKind;
using types::Scalar;
using types::Type;

// `wp.types`: the public module re-exporting the factories and the scalar classes
bool is_warp_types(const ModuleEnv& env, const Expr& e) {
  return e.kind == ExprKind::Attribute && e.text == "types" && is_warp_alias(env, *e.items[0]);
}

// A dtype argument: Python's float/int/bool (canonicalized to float32/int32/bool by vector() and
// matrix()) or a warp scalar class (wp.float64, wp.types.int8). `key` names the object as the factory's
// functools.cache key sees it: Python's float and wp.float32 are different keys for the same type.
std::variant<std::monostate, Scalar, std::string> scalar_dtype(const ModuleEnv& env, const Expr& e, std::string& key) {
  if (e.kind == ExprKind::Name && !env.find(e.text)) {
    if (auto t = types::lookup_type_name(e.text, true)) {
      key = "py." + std::string(e.text);
      return t->scalar;
    }
    return std::monostate{};
  }
  if (e.kind == ExprKind::Attribute && (is_warp_alias(env, *e.items[0]) || is_warp_types(env, *e.items[0]))) {
    if (e.text == "bfloat16") return std::string("bfloat16 dtype (not modelled)");
    if (e.text == "Any" || e.text == "Scalar" || e.text == "Float" || e.text == "Int")
      return std::string("generic dtype");
    auto t = types::lookup_type_name(e.text, false);
    if (t && t->kind == types::Kind::Scalar) {
      key = "wp." + std::string(e.text);
      return t->scalar;
    }
  }
  if (e.kind == ExprKind::Name && env.find(e.text) && env.find(e.text)->kind == Global::Kind::TypingAny)
    return std::string("generic dtype");
  return std::monostate{};
}

// An int argument (a literal or an int constant): a vector length or a matrix dimension.
std::optional<int64_t> int_arg(const ModuleEnv& env, const Expr& e) {
  std::optional<Global> v = py_eval(env, e);
  if (!v || v->kind != Global::Kind::Constant || v->value.kind != PyValue::Kind::Int) return std::nullopt;
  return v->value.i;
}

// quaternion(dtype) / transformation(dtype): no canonicalization of the dtype (a Python float would be
// spelled as itself), so a warp float class only.
TypeExpr quat_factory_call(const ModuleEnv& env, const Expr& call) {
  const Expr* dtype_expr = call.items.size() == 2 ? call.items[1].get() : nullptr;
  for (const auto& kw : call.keywords) {
    if (kw.name != "dtype" || dtype_expr) return std::string("type factory arguments");
    dtype_expr = kw.value.get();
  }
  if (!dtype_expr || call.items.size() > 2) return std::string("type factory arguments");
  std::string key;
  auto dtype = scalar_dtype(env, *dtype_expr, key);
  if (auto* reason = std::get_if<std::string>(&dtype)) return *reason;
  if (!std::holds_alternative<Scalar>(dtype) || !key.starts_with("wp.") ||
      !types::is_float_scalar(std::get<Scalar>(dtype)))
    return std::string("quaternion/transformation dtype other than a warp float type");
  const Scalar s = std::get<Scalar>(dtype);
  const bool quat = call.items[0]->text == "quaternion";
  const std::string arg = call.keywords.empty() ? key : "dtype=" + key;
  return TypeValue{quat ? Type::quat_of(s) : Type::transform_of(s),
                   "new:" + std::string(call.items[0]->text) + "(" + arg + ")"};
}

// vector(length, dtype) / matrix(shape, dtype), bound as Python binds a call to them.
TypeExpr factory_call(const ModuleEnv& env, const Expr& call) {
  const bool is_matrix = call.items[0]->text == "matrix";
  const std::string_view first = is_matrix ? "shape" : "length";
  const Expr* args[2] = {nullptr, nullptr};
  std::string key = std::string(call.items[0]->text) + "(";
  const size_t positional = call.items.size() - 1;
  if (positional > 2) return std::string("type factory arguments");
  for (size_t i = 0; i < positional; ++i) args[i] = call.items[i + 1].get();
  for (const auto& kw : call.keywords) {
    const int slot = kw.name == first ? 0 : kw.name == "dtype" ? 1 : -1;
    if (slot < 0 || args[slot]) return std::string("type factory arguments");
    args[slot] = kw.value.get();
  }
  if (!args[0] || !args[1]) return std::string("type factory arguments");
  // the functools.cache key: positional values, then keyword names and values, in call order
  std::string dtype_key;
  auto dtype = scalar_dtype(env, *args[1], dtype_key);
  if (auto* reason = std::get_if<std::string>(&dtype)) return *reason;
  if (std::holds_alternative<std::monostate>(dtype)) return std::string("type factory dtype");
  const Scalar s = std::get<Scalar>(dtype);
  std::string size_key;
  Type t;
  if (is_matrix) {
    if (args[0]->kind != ExprKind::Tuple || args[0]->items.size() != 2) return std::string("matrix shape");
    auto r = int_arg(env, *args[0]->items[0]);
    auto c = int_arg(env, *args[0]->items[1]);
    if (!r || !c) return std::string("matrix shape other than two int constants");
    if (*r < 2 || *r > 16 || *c < 2 || *c > 16) return std::string("matrix shape outside 2..16 (not modelled)");
    size_key = "(" + std::to_string(*r) + "," + std::to_string(*c) + ")";
    t = Type::matrix_of(static_cast<int>(*r), static_cast<int>(*c), s);
  } else {
    auto n = int_arg(env, *args[0]);
    if (!n) return std::string("vector length other than an int constant");
    if (*n < 2 || *n > 255) return std::string("vector length outside 2..255 (not modelled)");
    size_key = std::to_string(*n);
    t = Type::vector_of(static_cast<int>(*n), s);
  }
  std::vector<std::string> parts;
  for (size_t i = 0; i < positional; ++i) parts.push_back(i == 0 ? size_key : dtype_key);
  for (const auto& kw : call.keywords)
    parts.push_back(std::string(kw.name) + "=" + (kw.name == "dtype" ? dtype_key : size_key));
  for (size_t i = 0; i < parts.size(); ++i) key += (i ? "," : "") + parts[i];
  return TypeValue{t, "new:" + key + ")"};
}

}  // namespace

TypeExpr type_expression(const ModuleEnv& env, const Expr& e) {
  if (e.kind == ExprKind::Name) {
    const Global* g = env.find(e.text);
    if (g && g->kind == Global::Kind::TypeAlias) return TypeValue{g->type, g->type_id};
    return std::monostate{};
  }
  if (e.kind == ExprKind::Attribute && is_warp_alias(env, *e.items[0])) {
    auto t = types::lookup_type_name(e.text, false);
    if (!t || t->kind == types::Kind::Scalar) return std::monostate{};
    return TypeValue{*t, "wp:" + t->type_code()};  // a warp class: one per type code (vec3 is vec3f)
  }
  if (e.kind != ExprKind::Call || e.items[0]->kind != ExprKind::Attribute || !is_warp_types(env, *e.items[0]->items[0]))
    return std::monostate{};
  const std::string_view factory = e.items[0]->text;
  if (factory == "vector" || factory == "matrix") return factory_call(env, e);
  if (factory == "quaternion" || factory == "transformation") return quat_factory_call(env, e);
  return std::monostate{};
}

}  // namespace ws::codegen
