#include "codegen/py_arith.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace ws::codegen {
namespace {

std::optional<PyValue> int_binary(int64_t a, std::string_view op, int64_t b) {
  int64_t r = 0;
  if (op == "+") return __builtin_add_overflow(a, b, &r) ? std::nullopt : std::optional(PyValue::of_int(r));
  if (op == "-") return __builtin_sub_overflow(a, b, &r) ? std::nullopt : std::optional(PyValue::of_int(r));
  if (op == "*") return __builtin_mul_overflow(a, b, &r) ? std::nullopt : std::optional(PyValue::of_int(r));
  if (op == "/") {
    // int.__truediv__ rounds the exact quotient once; so does double division of exact operands
    constexpr int64_t kExact = int64_t{1} << 53;
    if (b == 0 || a > kExact || a < -kExact || b > kExact || b < -kExact) return std::nullopt;
    return PyValue::of_float(static_cast<double>(a) / static_cast<double>(b));
  }
  if (op == "//" || op == "%") {
    if (b == 0 || (a == INT64_MIN && b == -1)) return std::nullopt;
    int64_t q = a / b, m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) {  // Python floors: the remainder takes the divisor's sign
      q -= 1;
      m += b;
    }
    return PyValue::of_int(op == "//" ? q : m);
  }
  if (op == "**") {
    if (b < 0) return std::nullopt;  // a float result through pow(): not modelled
    int64_t p = 1;
    for (int64_t k = 0; k < b; ++k) {
      if (__builtin_mul_overflow(p, a, &p)) return std::nullopt;
      if (p == 0 || p == 1) break;  // stays put (a is 0 or 1)
      if (p == -1) {
        p = (b - k - 1) % 2 == 0 ? -1 : 1;
        break;
      }
    }
    return PyValue::of_int(p);
  }
  return std::nullopt;
}

std::optional<PyValue> float_binary(double a, std::string_view op, double b) {
  double r;
  if (op == "+") {
    r = a + b;
  } else if (op == "-") {
    r = a - b;
  } else if (op == "*") {
    r = a * b;
  } else if (op == "/") {
    if (b == 0) return std::nullopt;  // ZeroDivisionError
    r = a / b;
  } else if (op == "**") {
    // float_pow's plain path: a positive finite base and a finite exponent go straight to libm's pow
    if (!(a > 0) || !std::isfinite(a) || !std::isfinite(b) || b == 0 || a == 1) return std::nullopt;
    r = std::pow(a, b);
  } else {
    return std::nullopt;
  }
  if (!std::isfinite(r)) return std::nullopt;  // inf (or OverflowError from **): not modelled
  return PyValue::of_float(r);
}

}  // namespace

std::optional<PyValue> py_binary(const PyValue& a, std::string_view op, const PyValue& b) {
  auto numeric = [](const PyValue& v) { return v.kind == PyValue::Kind::Int || v.kind == PyValue::Kind::Float; };
  if (!numeric(a) || !numeric(b)) return std::nullopt;
  if (a.kind == PyValue::Kind::Int && b.kind == PyValue::Kind::Int) return int_binary(a.i, op, b.i);
  // int operands convert to float (exactly, within 2**53)
  auto as_float = [](const PyValue& v) -> std::optional<double> {
    if (v.kind == PyValue::Kind::Float) return v.f;
    constexpr int64_t kExact = int64_t{1} << 53;
    if (v.i > kExact || v.i < -kExact) return std::nullopt;
    return static_cast<double>(v.i);
  };
  auto x = as_float(a), y = as_float(b);
  if (!x || !y || !std::isfinite(*x) || !std::isfinite(*y)) return std::nullopt;
  return float_binary(*x, op, *y);
}

std::optional<bool> py_compare(const PyValue& a, std::string_view op, const PyValue& b) {
  if (a.kind == PyValue::Kind::Vec || b.kind == PyValue::Kind::Vec) return std::nullopt;
  // long double holds every int64 and every double exactly (x86-64's 64-bit mantissa), so comparing
  // there is exact, like CPython's int/float comparison
  static_assert(std::numeric_limits<long double>::digits >= 64);
  auto exact = [](const PyValue& v) {
    return v.kind == PyValue::Kind::Float ? static_cast<long double>(v.f) : static_cast<long double>(v.i);
  };
  const long double x = exact(a), y = exact(b);
  if (op == "==") return x == y;
  if (op == "!=") return x != y;
  if (op == "<") return x < y;
  if (op == "<=") return x <= y;
  if (op == ">") return x > y;
  if (op == ">=") return x >= y;
  return std::nullopt;
}

bool py_truth(const PyValue& v) {
  switch (v.kind) {
    case PyValue::Kind::Float:
      return v.f != 0;  // NaN is true
    case PyValue::Kind::Vec:
      return true;  // a ctypes array without __len__ or __bool__
    default:
      return v.i != 0;
  }
}

}  // namespace ws::codegen
