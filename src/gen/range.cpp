#include "gen/range.h"

#include <algorithm>
#include <array>
#include <numbers>

namespace ws::gen {

namespace {

Range corners(Range a, Range b, double (*f)(double, double)) {
  if (!a.ok() || !b.ok()) return Range::bad();
  const std::array<double, 4> c = {f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)};
  for (double x : c)
    if (!std::isfinite(x)) return Range::bad();
  return {*std::min_element(c.begin(), c.end()), *std::max_element(c.begin(), c.end())};
}

Range symmetric(double m) {
  return std::isfinite(m) ? Range{-m, m} : Range::bad();
}

// Smallest power of two above every value in [0, m]: the range of a | b and a ^ b.
double pow2_above(double m) {
  double p = 1;
  while (p <= m) p *= 2;
  return p;
}

int bits(TypeId t) {
  switch (t) {
    case kInt8:
    case kUInt8:
      return 8;
    case kInt16:
    case kUInt16:
      return 16;
    case kInt64:
    case kUInt64:
      return 64;
    default:
      return 32;
  }
}

// A monotone function over an interval.
Range monotone(Range a, double (*f)(double)) {
  if (!a.ok()) return Range::bad();
  const double x = f(a.lo), y = f(a.hi);
  if (!std::isfinite(x) || !std::isfinite(y)) return Range::bad();
  return {std::fmin(x, y), std::fmax(x, y)};
}

}  // namespace

Range safe_range(TypeId t) {
  switch (t) {
    case kBool:
      return {0, 1};
    case kInt8:
      return {-128, 127};
    case kUInt8:
      return {0, 255};
    case kInt16:
      return {-32768, 32767};
    case kUInt16:
      return {0, 65535};
    case kInt32:
      return {-2147483648.0, 2147483647.0};
    case kUInt32:
      return {0, 4294967295.0};
    case kInt64:
      return {-0x1p62, 0x1p62};
    case kUInt64:
      return {0, 0x1p63};
    case kFloat16:
      return {-500, 500};
    default:
      return {-4e9, 4e9};
  }
}

Range data_range(TypeId t) {
  const TypeId s = info(t).scalar;
  if (s == kBool) return {0, 1};
  return is_float_scalar(s) ? Range{-1, 1} : Range{0, 8};
}

Range field_range(TypeId t) {
  const TypeId s = info(t).scalar;
  if (s == kBool) return {0, 1};
  return is_float_scalar(s) ? Range{-4, 4} : Range{0, 8};
}

Range helper_param_range(TypeId t) {
  const TypeId s = info(t).scalar;
  if (s == kBool) return {0, 1};
  return is_float_scalar(s) ? Range{-8, 8} : Range{0, 64};
}

Range param_range(TypeId t) {
  const TypeId s = info(t).scalar;
  if (s == kBool) return {0, 1};
  return is_float_scalar(s) ? Range{-1, 1} : Range{1, 16};
}

double epsilon(TypeId t) {
  return info(t).scalar == kFloat16 ? 1e-3 : 1e-6;
}

Range cast_range(TypeId to, Range r) {
  if (!r.ok()) return r;
  if (to == kBool) return {0, 1};
  if (is_float_scalar(to)) return r;
  return {std::trunc(r.lo), std::trunc(r.hi)};
}

Range op_range(const Op& op, TypeId t, std::span<const Range> a) {
  for (const Range& r : a)
    if (!r.ok()) return Range::bad();
  const TypeInfo& ti = info(t);
  const double n = ti.rows * ti.cols;
  auto m = [&](size_t i) { return i < a.size() ? a[i].mag() : 1.0; };
  auto m1 = [&](size_t i) { return std::fmax(m(i), 1.0); };
  constexpr double pi = std::numbers::pi;
  switch (op.bound) {
    case Bound::Sum:
      return {a[0].lo + a[1].lo, a[0].hi + a[1].hi};
    case Bound::Diff:
      return {a[0].lo - a[1].hi, a[0].hi - a[1].lo};
    case Bound::Neg:
      return {-a[0].hi, -a[0].lo};
    case Bound::Mul:
      return corners(a[0], a[1], [](double x, double y) { return x * y; });
    case Bound::Div:
      // Divisors are guarded away from zero before the row is used (ExprBuilder::guard).
      if (!a[1].excludes_zero(is_float_scalar(ti.scalar) ? 1e-3 : 1)) return Range::bad();
      if (!is_float_scalar(ti.scalar))  // C++ integer division truncates: 28 / 80 is 0, a divisor of 0
        return corners(a[0], a[1], [](double x, double y) { return std::trunc(x / y); });
      return corners(a[0], a[1], [](double x, double y) { return x / y; });
    case Bound::Mod:
      if (!a[1].excludes_zero(is_float_scalar(ti.scalar) ? 1e-3 : 1)) return Range::bad();
      {
        const double r = std::fmin(a[0].mag(), a[1].mag());
        return a[0].lo >= 0 ? Range{0, r} : symmetric(r);
      }
    case Bound::FloorDiv: {
      if (!a[1].excludes_zero(is_float_scalar(ti.scalar) ? 1e-3 : 1)) return Range::bad();
      const Range q = corners(a[0], a[1], [](double x, double y) { return x / y; });
      return {std::floor(q.lo) - 1, std::ceil(q.hi) + 1};
    }
    case Bound::Poly: {
      double r = op.k ? op.k : n;
      for (size_t i = 0; i < a.size(); ++i) r *= m1(i);
      return symmetric(r);
    }
    case Bound::Square:
      return {0, n * m(0) * m(0)};
    case Bound::Length:
      return {0, n * m(0)};
    case Bound::Hull: {
      Range r = a[0];
      for (size_t i = 1; i < a.size(); ++i) r = hull(r, a[i]);
      return r;
    }
    case Bound::Min:  // wp.min(a, b), or of one vector's components
      return a.size() == 1 ? a[0] : Range{std::fmin(a[0].lo, a[1].lo), std::fmin(a[0].hi, a[1].hi)};
    case Bound::Max:
      return a.size() == 1 ? a[0] : Range{std::fmax(a[0].lo, a[1].lo), std::fmax(a[0].hi, a[1].hi)};
    case Bound::Abs:
      return {0, m(0)};
    case Bound::Unit:
    case Bound::Slerp:  // of unit quaternions (guarded)
      return {-1, 1};
    case Bound::Unit01:
    case Bound::TriTri:
    case Bound::Bool:
      return {0, 1};
    case Bound::Index:
      return {0, n - 1};
    case Bound::Lerp:
      return symmetric(m(0) + m(2) * (m(0) + m(1)));
    case Bound::Det: {
      double r = 1, f = 1;
      for (int i = 1; i <= ti.rows; ++i) r *= m1(0), f *= i;
      return symmetric(f * r);
    }
    case Bound::Rotate:  // q v q* and friends: at most |v| (1 + 12 |q|^2), plus a translation
      return symmetric(m(1) * (1 + 12 * m(0) * m(0)) + m(0));
    case Bound::Compose: {  // transform products and inverses
      const double second = a.size() > 1 ? m(1) : m(0);
      return symmetric(second * (1 + 12 * m(0) * m(0)) + m(0) + 4 * m(0) * second);
    }
    case Bound::Tan:
      if (!a[0].within({-1.4, 1.4})) return Range::bad();
      return monotone(a[0], [](double x) { return std::tan(x); });
    case Bound::Asin:
    case Bound::Atan:
      return {-pi / 2, pi / 2};
    case Bound::Acos:
      return {0, pi};
    case Bound::Atan2:
      return {-pi, pi};
    case Bound::Sinh:
      return monotone(a[0], [](double x) { return std::sinh(x); });
    case Bound::Cosh:
      return {1, std::cosh(m(0))};
    case Bound::Sqrt:
      if (a[0].lo < 0.5 * epsilon(t)) return Range::bad();
      return monotone(a[0], [](double x) { return std::sqrt(x); });
    case Bound::Cbrt:
      if (a[0].lo < 0.5 * epsilon(t)) return Range::bad();
      return monotone(a[0], [](double x) { return std::cbrt(x); });
    case Bound::Exp:
      return monotone(a[0], [](double x) { return std::exp(x); });
    case Bound::Log:  // log2 is the widest of log, log2 and log10
      if (a[0].lo < 0.5 * epsilon(t)) return Range::bad();
      return monotone(a[0], [](double x) { return std::log2(x); });
    case Bound::Pow:
      if (a[0].lo < 0.5 * epsilon(t)) return Range::bad();
      return corners(a[0], a[1], [](double x, double y) { return std::pow(x, y); });
    case Bound::Round:
      return {std::floor(a[0].lo), std::ceil(a[0].hi)};
    case Bound::Erfc:
      return {0, 2};
    case Bound::Erfinv:
      if (!a[0].within({-0.99, 0.99})) return Range::bad();
      return {-2, 2};
    case Bound::Erfcinv:
      if (!a[0].within({0.01, 1.99})) return Range::bad();
      return {-2, 2};
    case Bound::Smoothstep:
      if (a[0].hi >= a[1].lo) return Range::bad();  // equal edges divide by zero
      return {0, 1};
    case Bound::Clamp:
      return hull(a[1], a[2]);
    case Bound::BitAnd:
      if (a[0].lo >= 0 && a[1].lo >= 0) return {0, std::fmin(a[0].hi, a[1].hi)};
      return {-pow2_above(std::fmax(m(0), m(1))), pow2_above(std::fmax(m(0), m(1))) - 1};
    case Bound::BitOr: {
      const double p = pow2_above(std::fmax(m(0), m(1)));
      return a[0].lo >= 0 && a[1].lo >= 0 ? Range{0, p - 1} : Range{-p, p - 1};
    }
    case Bound::Shl:
      if (a[0].lo < 0 || !a[1].within({0, bits(t) - 1.0})) return Range::bad();
      return {a[0].lo * std::exp2(a[1].lo), a[0].hi * std::exp2(a[1].hi)};
    case Bound::Shr:
      if (!a[1].within({0, bits(t) - 1.0})) return Range::bad();
      return {std::fmin(a[0].lo, 0), std::fmax(a[0].hi, 0)};
    case Bound::BitNot:
      if (is_signed_scalar(t)) return {-a[0].hi - 1, -a[0].lo - 1};
      return {safe_range(t).hi - a[0].hi, safe_range(t).hi - a[0].lo};
    case Bound::BitCount:
      return {0, 64};
    case Bound::Where:
      return hull(a[1], a[2]);
    case Bound::Full:
      return safe_range(op.ret == Pat::UInt32 ? TypeId{kUInt32} : t);
    case Bound::RandF:
      return a.size() == 3 ? hull(a[1], a[2]) : Range{0, 1};
    case Bound::Randn:
      return {-7, 7};
    case Bound::RandI:
      // randi(state, lo, hi) takes lo + r % (hi - lo): the bounds must differ.
      if (a.size() == 3) return a[1].hi < a[2].lo ? hull(a[1], a[2]) : Range::bad();
      return safe_range(kInt32);
    case Bound::Poisson:
      if (!a[1].within({0, 64})) return Range::bad();
      return {0, 1000};
    case Bound::Noise:
      if (a.size() > 2 && a[2].lo < 1) return Range::bad();  // pnoise's period is a modulus
      return {-2, 2};
    case Bound::CurlNoise:
      if (!a[2].within({1, 4})) return Range::bad();  // octaves: a loop count
      return {-32, 32};
    case Bound::EdgeEdge: {  // (s, t, distance): s and t in [0, 1], the distance at most the span
      double r = 1;
      for (size_t i = 0; i + 1 < a.size(); ++i) r = std::fmax(r, 2 * m(i));
      return a.back().lo > 0 ? symmetric(r) : Range::bad();  // a positive epsilon (guarded)
    }
    case Bound::Inverse:  // of the operand ExprBuilder::guard always builds (m + c * I, a rotation)
    case Bound::Rotation:
      return {-1, 1};
    case Bound::Never:
      return Range::bad();
  }
  return Range::bad();
}

}  // namespace ws::gen
