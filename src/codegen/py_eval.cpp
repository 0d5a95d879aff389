#include "codegen/py_eval.h"

#include <cmath>
#include <cstdint>
#include <vector>

#include "codegen/py_arith.h"
#include "types/type.h"

namespace ws::codegen {
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

// wp.vecN(...) / wp.vecNf(...) of numbers: a float32 vector value, as ctypes stores it.
std::optional<Global> float_vector(const ModuleEnv& env, const Expr& call) {
  auto t = types::lookup_type_name(call.items[0]->text, false);
  if (!t || !t->is_vector() || t->rows > 4 || t->scalar != types::Scalar::Float32 || call.items.size() != t->rows + 1u)
    return std::nullopt;
  PyValue out;
  out.kind = PyValue::Kind::FloatVec;
  out.len = t->rows;
  for (size_t k = 1; k < call.items.size(); ++k) {
    std::optional<Global> c = py_eval(env, *call.items[k]);
    if (!c || !is_number(*c)) return std::nullopt;
    out.vec[k - 1] =
        c->value.kind == PyValue::Kind::Float ? static_cast<float>(c->value.f) : static_cast<float>(c->value.i);
  }
  return constant(out);
}

std::optional<Global> call(const ModuleEnv& env, const Expr& e) {
  if (!e.keywords.empty()) return std::nullopt;
  const Expr& fn = *e.items[0];
  const size_t nargs = e.items.size() - 1;
  if (fn.kind == ExprKind::Attribute && is_warp_alias(env, *fn.items[0])) {
    if (fn.text == "constant") return nargs == 1 ? py_eval(env, *e.items[1]) : std::nullopt;  // returns its argument
    return float_vector(env, e);
  }
  if (is_builtin(env, fn, "len") && nargs == 1) {
    std::optional<Global> t = py_eval(env, *e.items[1]);
    if (!t || t->kind != Global::Kind::Tuple) return std::nullopt;
    return constant(PyValue::of_int(static_cast<int64_t>(t->items.size())));
  }
  std::vector<PyValue> args;  // numbers and bools
  for (size_t k = 1; k <= nargs; ++k) {
    std::optional<Global> x = py_eval(env, *e.items[k]);
    if (!x || x->kind != Global::Kind::Constant || x->value.kind == PyValue::Kind::FloatVec) return std::nullopt;
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

std::optional<Global> subscript(const ModuleEnv& env, const Expr& e) {
  std::optional<Global> t = py_eval(env, *e.items[0]);
  std::optional<Global> k = t ? py_eval(env, *e.items[1]) : std::nullopt;
  if (!k || t->kind != Global::Kind::Tuple || k->kind != Global::Kind::Constant ||
      k->value.kind == PyValue::Kind::Float || k->value.kind == PyValue::Kind::FloatVec)
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
      // a float32 vector is a mutable ctypes object: a second name for it is not a copy
      if (g->kind == Global::Kind::Constant && g->value.kind != PyValue::Kind::FloatVec) return *g;
      if (g->kind == Global::Kind::Tuple || g->kind == Global::Kind::Function) return *g;
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
        if (!v || v->kind != Global::Kind::Constant || v->value.kind == PyValue::Kind::FloatVec) return std::nullopt;
        t.items.push_back(v->value);
      }
      return t;
    }
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

}  // namespace ws::codegen
