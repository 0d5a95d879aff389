#include "codegen/py_eval.h"

#include <cmath>
#include <cstdint>
#include <vector>

#include "codegen/py_arith.h"
#include "types/type.h"

namespace ws::codegen {

std::optional<std::string_view> plain_string(const frontend::Expr& e) {
  if (e.kind != frontend::ExprKind::Str) return std::nullopt;
  const std::string_view t = e.text;
  if (t.size() < 2 || (t[0] != '"' && t[0] != '\'') || t.back() != t[0]) return std::nullopt;
  const std::string_view v = t.substr(1, t.size() - 2);
  if (v.find_first_of("\\'\"") != std::string_view::npos) return std::nullopt;
  return v;
}

namespace {

using frontend::Expr;
using frontend::ExprKind;

Global constant(PyValue v) {
  return Global{Global::Kind::Constant, v};
}

// A name Python finds in its builtins: one the module does not bind.
bool is_builtin(const ModuleEnv& env, const Expr& e, std::string_view name) {
  return e.kind == ExprKind::Name && e.text == name && !env.find(name);
}

// An attribute of an imported module (`math.pi`, `np.pi`): the module's dotted name, or empty.
std::string_view module_of(const ModuleEnv& env, const Expr& e) {
  if (e.kind != ExprKind::Attribute || e.items[0]->kind != ExprKind::Name) return {};
  const Global* g = env.find(e.items[0]->text);
  return g && g->kind == Global::Kind::OtherModule ? std::string_view(g->module) : std::string_view();
}

bool py_truth(const Global& g) {
  switch (g.kind) {
    case Global::Kind::Constant:
      return py_truth(g.value);
    case Global::Kind::Tuple:
      return !g.items.empty();
    default:
      return true;  // functions
  }
}

// float(v) for an int, bool or float; nullopt beyond 2**53, where the model does not round
std::optional<double> as_float(const PyValue& v) {
  if (v.kind == PyValue::Kind::Float) return v.f;
  constexpr int64_t kExact = int64_t{1} << 53;
  if (v.i > kExact || v.i < -kExact) return std::nullopt;
  return static_cast<double>(v.i);
}

// math.<name>(x) for the functions CPython hands straight to the C library (math_1, m_log): the same
// libm gives the same bits; a result CPython would raise on (domain or range errors) is nullopt.
std::optional<Global> math_function(std::string_view name, const PyValue& v) {
  std::optional<double> x = as_float(v);
  if (!x || !std::isfinite(*x)) return std::nullopt;
  double r;
  if (name == "sqrt") {
    if (*x < 0) return std::nullopt;
    r = std::sqrt(*x);
  } else if (name == "log") {
    if (*x <= 0) return std::nullopt;
    r = std::log(*x);
  } else if (name == "exp") {
    r = std::exp(*x);
  } else if (name == "sin") {
    r = std::sin(*x);
  } else if (name == "cos") {
    r = std::cos(*x);
  } else {
    return std::nullopt;
  }
  if (!std::isfinite(r)) return std::nullopt;
  return Global{Global::Kind::Constant, PyValue::of_float(r)};
}

bool is_number(const Global& g) {
  return g.kind == Global::Kind::Constant &&
         (g.value.kind == PyValue::Kind::Int || g.value.kind == PyValue::Kind::Float);
}

std::optional<Global> call(const ModuleEnv& env, const Expr& e) {
  if (!e.keywords.empty()) return std::nullopt;
  const Expr& fn = *e.items[0];
  const size_t nargs = e.items.size() - 1;
  if (fn.kind == ExprKind::Attribute && is_warp_alias(env, *fn.items[0])) {
    if (fn.text == "constant") return nargs == 1 ? py_eval(env, *e.items[1]) : std::nullopt;  // returns its argument
    return std::nullopt;  // Warp values (scalar instances, vectors): module_value
  }
  if (is_builtin(env, fn, "len") && nargs == 1) {
    std::optional<Global> t = py_eval(env, *e.items[1]);
    if (!t || t->kind != Global::Kind::Tuple) return std::nullopt;
    return constant(PyValue::of_int(static_cast<int64_t>(t->items.size())));
  }
  std::vector<PyValue> args;  // numbers and bools
  for (size_t k = 1; k <= nargs; ++k) {
    std::optional<Global> x = py_eval(env, *e.items[k]);
    if (!x || x->kind != Global::Kind::Constant || x->value.kind == PyValue::Kind::Vec) return std::nullopt;
    args.push_back(x->value);
  }
  if (module_of(env, fn) == "math" && nargs == 1) return math_function(fn.text, args[0]);
  if (fn.kind != ExprKind::Name || env.find(fn.text)) return std::nullopt;
  if ((fn.text == "min" || fn.text == "max") && nargs >= 2) {
    // builtin min/max: the first item no later item is strictly below (above), itself
    PyValue best = args[0];
    for (size_t k = 1; k < nargs; ++k) {
      std::optional<bool> better = py_compare(args[k], fn.text == "min" ? "<" : ">", best);
      if (!better) return std::nullopt;
      if (*better) best = args[k];
    }
    return constant(best);
  }
  if (nargs != 1) return std::nullopt;
  const PyValue& x = args[0];
  const bool is_float = x.kind == PyValue::Kind::Float;
  if (fn.text == "abs") {
    if (is_float) return constant(PyValue::of_float(std::fabs(x.f)));
    if (x.i == INT64_MIN) return std::nullopt;
    return constant(PyValue::of_int(x.i < 0 ? -x.i : x.i));  // abs(True) is 1
  }
  if (fn.text == "float") {
    std::optional<double> f = as_float(x);
    return f ? std::optional(constant(PyValue::of_float(*f))) : std::nullopt;
  }
  if (fn.text == "int" || fn.text == "round") {
    if (!is_float) return constant(PyValue::of_int(x.i));
    // int() truncates; round() rounds half to even (the default rounding mode of nearbyint)
    const double r = fn.text == "int" ? std::trunc(x.f) : std::nearbyint(x.f);
    if (!(std::fabs(r) < 0x1p63)) return std::nullopt;  // beyond int64, inf or nan (which raise)
    return constant(PyValue::of_int(static_cast<int64_t>(r)));
  }
  return std::nullopt;
}

std::optional<Global> unary(const ModuleEnv& env, const Expr& e) {
  std::optional<Global> x = py_eval(env, *e.items[0]);
  if (!x) return std::nullopt;
  if (e.text == "not") return constant(PyValue::of_bool(!py_truth(*x)));
  if (!is_number(*x)) return std::nullopt;
  if (e.text == "+") return x;
  if (e.text != "-") return std::nullopt;
  PyValue v = x->value;
  if (v.kind == PyValue::Kind::Float) {
    v.f = -v.f;
  } else if (v.i == INT64_MIN) {
    return std::nullopt;
  } else {
    v.i = -v.i;
  }
  return constant(v);
}

// `a < b <= c`: each comparison in turn, stopping at the first false one
std::optional<Global> compare(const ModuleEnv& env, const Expr& e) {
  std::optional<Global> left = py_eval(env, *e.items[0]);
  for (size_t k = 0; k < e.ops.size(); ++k) {
    std::optional<Global> right = py_eval(env, *e.items[k + 1]);
    if (!left || !right || left->kind != Global::Kind::Constant || right->kind != Global::Kind::Constant)
      return std::nullopt;
    std::optional<bool> r = py_compare(left->value, e.ops[k], right->value);
    if (!r) return std::nullopt;
    if (!*r) return constant(PyValue::of_bool(false));
    left = right;
  }
  return constant(PyValue::of_bool(true));
}

// `a and b`, `a or b`: the first operand that decides, itself (not a bool)
std::optional<Global> bool_op(const ModuleEnv& env, const Expr& e) {
  std::optional<Global> v;
  for (const auto& item : e.items) {
    v = py_eval(env, *item);
    if (!v) return std::nullopt;
    if (py_truth(*v) == (e.text == "or")) break;
  }
  return v;
}

// `{"double": f, "square": g}`: a dict of @wp.func by plain string keys, each given once
std::optional<Global> dict(const ModuleEnv& env, const Expr& e) {
  Global d{Global::Kind::Dict};
  for (size_t k = 0; k + 1 < e.items.size(); k += 2) {
    std::optional<std::string_view> key = plain_string(*e.items[k]);
    std::optional<Global> v = py_eval(env, *e.items[k + 1]);
    if (!key || !v || v->kind != Global::Kind::Function) return std::nullopt;
    for (const auto& entry : d.entries) {
      if (entry.first == *key) return std::nullopt;
    }
    d.entries.emplace_back(*key, v->func);
  }
  return d;
}

std::optional<Global> subscript(const ModuleEnv& env, const Expr& e) {
  std::optional<Global> t = py_eval(env, *e.items[0]);
  if (t && t->kind == Global::Kind::Dict) {  // D["key"]; a missing key raises KeyError
    std::optional<std::string_view> key = plain_string(*e.items[1]);
    for (const auto& [k, f] : t->entries) {
      if (key && k == *key) return Global{Global::Kind::Function, {}, f};
    }
    return std::nullopt;
  }
  std::optional<Global> k = t ? py_eval(env, *e.items[1]) : std::nullopt;
  if (!k || t->kind != Global::Kind::Tuple || k->kind != Global::Kind::Constant ||
      k->value.kind == PyValue::Kind::Float || k->value.kind == PyValue::Kind::Vec)
    return std::nullopt;
  const auto n = static_cast<int64_t>(t->items.size());
  const int64_t i = k->value.i < 0 ? k->value.i + n : k->value.i;
  if (i < 0 || i >= n) return std::nullopt;  // IndexError
  return constant(t->items[static_cast<size_t>(i)]);
}

}  // namespace

std::optional<Global> py_eval(const ModuleEnv& env, const Expr& e) {
  switch (e.kind) {
    case ExprKind::Int:
      return constant(PyValue::of_int(e.int_value));
    case ExprKind::Float:
      return constant(PyValue::of_float(e.float_value));
    case ExprKind::Bool:
      return constant(PyValue::of_bool(e.int_value != 0));
    case ExprKind::Name: {  // a global as bound at this point of the file
      const Global* g = env.find(e.text);
      if (!g) return std::nullopt;
      // a vector is a mutable ctypes object (a second name for it is not a copy), a Warp scalar
      // instance no Python number (module_value)
      if (g->kind == Global::Kind::Constant && g->value.kind != PyValue::Kind::Vec && !g->value.warp_scalar) return *g;
      if (g->kind == Global::Kind::Tuple || g->kind == Global::Kind::Function || g->kind == Global::Kind::Dict)
        return *g;
      return std::nullopt;
    }
    case ExprKind::Attribute: {
      // the warp module's constants (wp.pi)
      if (auto v = warp_constant(e, [&](const Expr& x) { return is_warp_alias(env, x); })) return constant(*v);
      if (is_warp_alias(env, *e.items[0])) return std::nullopt;
      // the float constants of math and numpy, bit for bit the C library's M_PI, M_E and 2*M_PI
      std::string_view m = module_of(env, e);
      if (m != "math" && m != "numpy") return std::nullopt;
      if (e.text == "pi") return constant(PyValue::of_float(3.141592653589793));
      if (e.text == "e") return constant(PyValue::of_float(2.718281828459045));
      if (e.text == "tau" && m == "math") return constant(PyValue::of_float(6.283185307179586));
      return std::nullopt;
    }
    case ExprKind::Tuple: {
      Global t{Global::Kind::Tuple};
      for (const auto& item : e.items) {
        std::optional<Global> v = py_eval(env, *item);
        if (!v || v->kind != Global::Kind::Constant || v->value.kind == PyValue::Kind::Vec) return std::nullopt;
        t.items.push_back(v->value);
      }
      return t;
    }
    case ExprKind::Dict:
      return dict(env, e);
    case ExprKind::Call:
      return call(env, e);
    case ExprKind::UnaryOp:
      return unary(env, e);
    case ExprKind::BinOp: {
      std::optional<Global> a = py_eval(env, *e.items[0]);
      std::optional<Global> b = a ? py_eval(env, *e.items[1]) : std::nullopt;
      if (!b || !is_number(*a) || !is_number(*b)) return std::nullopt;
      std::optional<PyValue> r = py_binary(a->value, e.text, b->value);
      return r ? std::optional(constant(*r)) : std::nullopt;
    }
    case ExprKind::Compare:
      return compare(env, e);
    case ExprKind::BoolOp:
      return bool_op(env, e);
    case ExprKind::IfExp: {
      std::optional<Global> test = py_eval(env, *e.items[0]);
      if (!test) return std::nullopt;
      return py_eval(env, *e.items[py_truth(*test) ? 1 : 2]);
    }
    case ExprKind::Subscript:
      return subscript(env, e);
    default:
      return std::nullopt;
  }
}

namespace {

using types::Scalar;

// Whether the ctypes integer of `s` holds `i` as it is (an int Warp would not wrap).
bool fits(Scalar s, int64_t i) {
  switch (s) {
    case Scalar::Int8:
      return i >= INT8_MIN && i <= INT8_MAX;
    case Scalar::Int16:
      return i >= INT16_MIN && i <= INT16_MAX;
    case Scalar::Int32:
      return i >= INT32_MIN && i <= INT32_MAX;
    case Scalar::Int64:
      return true;
    case Scalar::UInt8:
      return i >= 0 && i <= UINT8_MAX;
    case Scalar::UInt16:
      return i >= 0 && i <= UINT16_MAX;
    case Scalar::UInt32:
      return i >= 0 && i <= UINT32_MAX;
    case Scalar::UInt64:
      return i >= 0;
    default:
      return false;
  }
}

// `wp.int64(5)`, `wp.float64(0.5)`: a Warp scalar instance, which keeps the Python number it was given
// (types.scalar_base: `.value`, neither converted nor wrapped). Int classes take ints they hold as they
// are, float32/float64 take numbers; float16 (its bits), bool and the rest are not modelled.
std::optional<PyValue> warp_scalar(const ModuleEnv& env, const Expr& e) {
  if (e.kind != ExprKind::Call || e.items.size() != 2 || !e.keywords.empty()) return std::nullopt;
  const Expr& fn = *e.items[0];
  if (fn.kind != ExprKind::Attribute || !is_warp_alias(env, *fn.items[0])) return std::nullopt;
  auto t = types::lookup_type_name(fn.text, false);
  if (!t || t->kind != types::Kind::Scalar || t->scalar == Scalar::Float16) return std::nullopt;
  std::optional<Global> x = py_eval(env, *e.items[1]);
  if (!x || !is_number(*x)) return std::nullopt;
  PyValue v = x->value;
  if (types::is_float_scalar(t->scalar) ? !as_float(v) : (v.kind != PyValue::Kind::Int || !fits(t->scalar, v.i)))
    return std::nullopt;
  v.warp_scalar = true;
  v.scalar = t->scalar;
  return v;
}

// One element of a module-level vector as its ctypes array stores it (vec_t.__init__'s
// super().__setitem__): a number converted to the dtype, a bool for a bool vector, or a float32 or
// float64 instance (read through its __float__, the Python number it keeps).
std::optional<double> vector_element(const ModuleEnv& env, const Expr& e, Scalar dtype) {
  std::optional<PyValue> v = warp_scalar(env, e);
  if (v && !types::is_float_scalar(v->scalar)) return std::nullopt;
  if (!v) {
    std::optional<Global> g = py_eval(env, e);
    if (!g || g->kind != Global::Kind::Constant) return std::nullopt;
    v = g->value;
  }
  if (dtype == Scalar::Bool) {
    if (v->kind != PyValue::Kind::Bool) return std::nullopt;
    return static_cast<double>(v->i);
  }
  if (v->kind != PyValue::Kind::Int && v->kind != PyValue::Kind::Float) return std::nullopt;
  if (dtype == Scalar::Float32 || dtype == Scalar::Float64) {
    // float(x), then c_float's rounding: CPython rounds an int to double first
    std::optional<double> f = v->kind == PyValue::Kind::Float ? std::optional(v->f) : as_float(*v);
    if (!f) return std::nullopt;
    return dtype == Scalar::Float64 ? *f : static_cast<double>(static_cast<float>(*f));
  }
  // an integer dtype: an int it holds as it is (exact in a double: within 2**53)
  constexpr int64_t kExact = int64_t{1} << 53;
  if (v->kind != PyValue::Kind::Int || !fits(dtype, v->i) || v->i > kExact || v->i < -kExact) return std::nullopt;
  return static_cast<double>(v->i);
}

// A vector class called with its elements, one element to fill it with, a tuple of its elements or
// nothing (zeros): `wp.vec3(0.0, 1.0, 0.0)`, `wp.vec2d(wp.float64(0.5), 1.0)`, `V((1, 2))` of an alias V
// of `wp.types.vector(2, wp.int32)`. Lengths up to 4, float16 elements not modelled.
std::optional<Global> vector_value(const ModuleEnv& env, const Expr& e) {
  if (e.kind != ExprKind::Call || !e.keywords.empty()) return std::nullopt;
  const Expr& fn = *e.items[0];
  std::optional<types::Type> t;
  if (fn.kind == ExprKind::Attribute && is_warp_alias(env, *fn.items[0])) {
    t = types::lookup_type_name(fn.text, false);
  } else if (const Global* g = fn.kind == ExprKind::Name ? env.find(fn.text) : nullptr;
             g && g->kind == Global::Kind::TypeAlias) {
    t = g->type;
  }
  if (!t || !t->is_vector() || t->rows > 4 || t->scalar == Scalar::Float16) return std::nullopt;
  std::vector<const Expr*> args;
  for (size_t k = 1; k < e.items.size(); ++k) args.push_back(e.items[k].get());
  if (args.size() == 1 && args[0]->kind == ExprKind::Tuple) {
    const Expr* tuple = args[0];
    args.clear();
    for (const auto& item : tuple->items) args.push_back(item.get());
    if (args.size() != t->rows) return std::nullopt;  // ValueError
  }
  PyValue out;
  out.kind = PyValue::Kind::Vec;
  out.len = t->rows;
  out.scalar = t->scalar;
  if (args.size() != 0 && args.size() != 1 && args.size() != t->rows) return std::nullopt;  // ValueError
  for (size_t k = 0; k < args.size(); ++k) {
    std::optional<double> x = vector_element(env, *args[k], t->scalar);
    if (!x) return std::nullopt;
    out.vec[k] = *x;
  }
  if (args.size() == 1) out.vec.fill(out.vec[0]);
  return constant(out);
}

}  // namespace

std::optional<Global> module_value(const ModuleEnv& env, const Expr& e) {
  if (e.kind == ExprKind::Call && e.items.size() == 2 && e.keywords.empty()) {
    const Expr& fn = *e.items[0];
    if (fn.kind == ExprKind::Attribute && fn.text == "constant" && is_warp_alias(env, *fn.items[0]))
      return module_value(env, *e.items[1]);  // wp.constant(x) returns x
  }
  if (std::optional<PyValue> v = warp_scalar(env, e)) return constant(*v);
  if (std::optional<Global> v = vector_value(env, e)) return v;
  return py_eval(env, e);
}

}  // namespace ws::codegen
