// ExprBuilder's guards (gen/expr.h): operands kept inside a builtin's domain the way people keep them
// there, and conversions that hand a value of one type to a use of another.
#include <array>
#include <cmath>
#include <utility>

#include "gen/expr.h"

namespace ws::gen {

void ExprBuilder::guard(const Op& o, TypeId t, std::span<ExprId> kids) {
  Program& p = cx_.prog;
  auto r = [&](size_t i) { return p.exprs[kids[i]].range; };
  auto type = [&](size_t i) { return p.exprs[kids[i]].type; };
  auto clamp = [&](size_t i, int64_t lo, int64_t hi, uint8_t decimals) {
    const std::array<ExprId, 3> args{kids[i], float_literal(type(i), lo, decimals),
                                     float_literal(type(i), hi, decimals)};
    kids[i] = call_builtin("clamp", args);
  };
  switch (o.bound) {
    case Bound::Sqrt:
    case Bound::Cbrt:
    case Bound::Log:
    case Bound::Pow:
      // wp.log(wp.max(x, 0.000001)): the operand and the gradient stay finite. A constant operand
      // outside the domain becomes a positive literal instead (wp.max(-2.49, 0.000001) is arithmetic a
      // person does by hand).
      if (r(0).lo < epsilon(t) && p.exprs[kids[0]].constant) {
        kids[0] = float_literal(type(0), cx_.rng.range(5, 40), 1);
      } else if (r(0).lo < epsilon(t)) {
        const bool half = info(t).scalar == kFloat16;
        const std::array<ExprId, 2> args{kids[0], float_literal(type(0), 1, half ? 3 : 6)};
        kids[0] = call_builtin("max", args);
      }
      return;
    case Bound::Acos:
    case Bound::Asin:
      if (!r(0).within({-1, 1})) clamp(0, -1, 1, 0);
      return;
    case Bound::Erfinv:
      if (!r(0).within({-0.99, 0.99})) clamp(0, -99, 99, 2);
      return;
    case Bound::Erfcinv:
      if (!r(0).within({0.01, 1.99})) clamp(0, 1, 199, 2);
      return;
    case Bound::Div:
    case Bound::Mod:
    case Bound::FloorDiv: {
      const TypeId d = type(1);
      if (!is_scalar(d)) return;  // wp.cw_div: only written when the range check passes
      const bool flt = is_float_scalar(d);
      if (r(1).excludes_zero(flt ? 1e-3 : 1)) return;
      if (flt && o.bound == Bound::Div && r(1).ok() && !cx_.prog.exprs[kids[1]].constant) {
        // x / (d + 0.001) for d >= 0, else x / wp.max(wp.abs(d), 0.001)
        static const uint16_t add = op_row("+", TClass::Additive);
        const ExprId eps = float_literal(d, 1, 3);
        if (r(1).lo >= 0) {
          const std::array<ExprId, 2> args{kids[1], eps};
          kids[1] = make_op(add, d, args);
        } else {
          const ExprId mag = call_builtin("abs", std::span<const ExprId>(&kids[1], 1));
          const std::array<ExprId, 2> args{mag, eps};
          kids[1] = call_builtin("max", args);
        }
        return;
      }
      // i % 4, n // 2, x / 2.0: a literal divisor (also for a constant that may be zero: not 0.0 + 0.001).
      kids[1] = flt ? float_literal(d, cx_.rng.range(2, 4), 0) : make(ExprKind::Lit, d, 0, {}, 0, cx_.rng.range(2, 8));
      return;
    }
    case Bound::Shl:
    case Bound::Shr:
      if (!r(1).within({0, 7})) kids[1] = make(ExprKind::Lit, type(1), 0, {}, 0, cx_.rng.range(1, 4));
      return;
    case Bound::Clamp:
      // wp.clamp(x, lo, hi) with lo above hi (wp.clamp(idx, 6, 4)) always gives hi: bounds go in order.
      if (r(1).ok() && r(2).ok() && r(1).lo > r(2).hi) std::swap(kids[1], kids[2]);
      return;
    case Bound::Smoothstep:
      if (r(0).hi >= r(1).lo) {
        kids[0] = float_literal(type(0), 0, 1);
        kids[1] = float_literal(type(1), 10, 1);
      }
      return;
    case Bound::Noise:
      if (kids.size() > 2 && r(2).lo < 1) kids[2] = int_literal(cx_.rng.range(2, 8));
      return;
    case Bound::CurlNoise:
      if (!r(2).within({1, 4})) kids[2] = make(ExprKind::Lit, type(2), 0, {}, 0, cx_.rng.range(1, 4));
      return;
    case Bound::Poisson:
      if (r(1).mag() <= 64 && r(1).lo < 0) kids[1] = call_builtin("abs", kids.subspan(1, 1));
      return;
    case Bound::RandI:
      if (kids.size() == 3 && !(r(1).hi < r(2).lo)) {
        kids[1] = int_literal(0);
        kids[2] = int_literal(cx_.rng.range(2, 16));
      }
      return;
    case Bound::EdgeEdge:
      // Degenerate edges are told apart by the epsilon: a small positive literal, as callers pass.
      if (!(r(4).lo > 0)) kids[4] = float_literal(type(4), 1, 6);
      return;
    case Bound::TriTri:
      // Warp's intersect_tri_tri takes its vertices by non-const reference: a constant (a literal vector,
      // a wp.constant) would be a const variable in the C++, so it gets a copy, wp.vec3(ORIGIN).
      for (ExprId& k : kids)
        if (cx_.prog.exprs[k].constant) k = cast_to(cx_.prog.exprs[k].type, k);
      return;
    case Bound::Slerp:
      // Unit quaternions: wp.normalize(q), or for a constant a unit literal (literal() writes rotations).
      for (size_t i = 0; i < 2; ++i)
        kids[i] = cx_.prog.exprs[kids[i]].constant ? literal(type(i)) : call_builtin("normalize", kids.subspan(i, 1));
      return;
    case Bound::Inverse: {
      // A regularised inverse, wp.inverse(m + wp.identity(n=3, dtype=float) * 7.0): with c > 2 n |m|
      // the matrix is strictly diagonally dominant and every entry of its inverse lies in [-1, 1].
      static const uint16_t identity = op_row("identity", TClass::Mat);
      static const uint16_t add = op_row("+", TClass::Additive);
      if (!r(0).ok()) return;  // the row's range check rejects it
      const TypeInfo& mi = info(type(0));
      const auto c = static_cast<int64_t>(std::ceil(2 * mi.rows * r(0).mag() + 1));
      const ExprId eye = make_op(identity, type(0), {});
      const std::array<ExprId, 2> scaled{eye, float_literal(mi.scalar, c, 0)};
      static const uint16_t scale = op_row("*", TClass::Mat);
      const std::array<ExprId, 2> sum{kids[0], make_op(scale, type(0), scaled)};
      kids[0] = make_op(add, type(0), sum);
      return;
    }
    case Bound::Rotation: {
      // wp.quat_from_matrix of a rotation matrix: wp.quat_to_matrix(wp.normalize(q)).
      const TypeId q = resolve(Pat::QuatS, type(0));
      ExprId unit = build(q, 1);
      unit = call_builtin("normalize", std::span<const ExprId>(&unit, 1));
      kids[0] = call_builtin("quat_to_matrix", std::span<const ExprId>(&unit, 1));
      return;
    }
    default:
      return;
  }
}

ExprId ExprBuilder::convert(ExprId e, TypeId want) {
  const TypeId have = cx_.prog.exprs[e].type;
  if (have == want) return e;
  const TypeInfo& hi = info(have);
  const TypeInfo& wi = info(want);
  if (wi.kind != Kind::Scalar) {
    // A vector from one value: wp.vec3(s).
    if (wi.kind != Kind::Vector || wi.rows > 4) return kNoExpr;
    const ExprId s = convert(e, wi.scalar);
    return s == kNoExpr ? kNoExpr : make(ExprKind::Construct, want, 0, std::span<const ExprId>(&s, 1));
  }
  if (hi.kind == Kind::Transform)
    return convert(call_builtin("transform_get_translation", std::span<const ExprId>(&e, 1)), want);
  if (hi.kind != Kind::Scalar) {
    // Its first component: v[0], m[0, 0].
    std::array<ExprId, 3> kids{e, int_literal(0), int_literal(0)};
    const size_t n = hi.kind == Kind::Matrix ? 3 : 2;
    return convert(make(ExprKind::Component, hi.scalar, 0, std::span<const ExprId>(kids.data(), n)), want);
  }
  if (have == kBool) {  // 1.0 if flag else 0.0
    if (want == kBool) return e;
    const bool flt = is_float_scalar(want);
    const std::array<ExprId, 3> kids{make(ExprKind::Lit, want, 0, {}, flt, flt ? 10 : 1), e,
                                     make(ExprKind::Lit, want, 0, {}, flt, 0)};
    return make(ExprKind::Ternary, want, 0, kids);
  }
  if (want == kBool) return kNoExpr;
  ExprId c = cast_to(want, e);
  if (fits(want, cx_.prog.exprs[c].range)) return c;
  // Into a narrower type: wp.uint8(wp.clamp(x, 0.0, 255.0)), as image and counter code does.
  const Range to = safe_range(want);
  const Range from = safe_range(have);
  const double low = std::fmax(to.lo, from.lo), high = std::fmin(to.hi, from.hi);
  if (!(low <= high) || std::fabs(low) > 1e9 || std::fabs(high) > 1e9) return kNoExpr;
  const bool flt = is_float_scalar(have);
  const int64_t scale = flt ? 10 : 1;
  const std::array<ExprId, 3> k{e, make(ExprKind::Lit, have, 0, {}, flt, static_cast<int64_t>(low) * scale),
                                make(ExprKind::Lit, have, 0, {}, flt, static_cast<int64_t>(high) * scale)};
  c = cast_to(want, call_builtin("clamp", k));
  return fits(want, cx_.prog.exprs[c].range) ? c : kNoExpr;
}

}  // namespace ws::gen
