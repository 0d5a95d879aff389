// Value ranges, YARPGen-style: every generated expression carries an interval that bounds each of its
// scalar components under the kernel's launch contract (gen/contract.h). The builder writes a
// production only when its result fits the type's safe range, so a generated kernel has no signed
// overflow, no out-of-range shift or conversion, no division by zero and no NaN or Inf, forward or
// backward, by construction rather than by filtering.
#pragma once

#include <cmath>
#include <limits>
#include <span>

#include "gen/ops.h"
#include "gen/type.h"

namespace ws::gen {

struct Range {
  double lo = 0, hi = 0;
  // The empty interval marks a value the analysis cannot bound (a domain error, a Bound::Never row).
  static constexpr Range bad() {
    return {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  }
  bool ok() const { return lo <= hi && std::isfinite(lo) && std::isfinite(hi); }
  double mag() const { return std::fmax(std::fabs(lo), std::fabs(hi)); }
  bool within(Range r) const { return ok() && lo >= r.lo && hi <= r.hi; }
  bool excludes_zero(double eps) const { return ok() && (lo >= eps || hi <= -eps); }
};

inline Range hull(Range a, Range b) {
  if (!a.ok() || !b.ok()) return Range::bad();
  return {std::fmin(a.lo, b.lo), std::fmax(a.hi, b.hi)};
}

// What a value of scalar type t may hold: the type's own range for ints (no overflow), a bound that keeps
// float results and their gradients far from overflow (4e9, so that any int32 converts; 500 for float16).
Range safe_range(TypeId t);
// Whether every component of a value of type t stays in safe_range.
inline bool fits(TypeId t, Range r) {
  return r.within(safe_range(info(t).scalar));
}

// The launch contract's data: array elements and struct fields hold floats in [-1, 1], ints in [0, 8].
Range data_range(TypeId t);
// Fields of @wp.struct values: the contract's data, or what the kernel stores in a local struct.
Range field_range(TypeId t);
// By-value kernel parameters: floats in [-1, 1], ints in [1, 16] (loop bounds, counts).
Range param_range(TypeId t);
// By-value floats whose role makes them positive (Var::positive): [0.01, 1].
inline Range positive_param_range() {
  return {0.01, 1};
}
// @wp.func parameters: floats in [-8, 8], ints in [0, 64]; every call site passes values inside.
Range helper_param_range(TypeId t);
// Launch extents: the contract holds for any launch size up to 2^30 per dimension.
inline constexpr double kMaxExtent = 1 << 30;
// The most iterations nested loops may run per thread (ExprBuilder::extent keeps their bounds under it).
inline constexpr double kMaxNestedTrips = 4096;

// The smallest magnitude a divisor or a log/sqrt operand may take (1e-3 for float16, 1e-6 otherwise).
double epsilon(TypeId t);

// The result range of row `op` at T = t from its operands' ranges; Range::bad() when it cannot be bounded.
Range op_range(const Op& op, TypeId t, std::span<const Range> args);
// Converting a value in r from one scalar type to another (truncation for float to int).
Range cast_range(TypeId to, Range r);

}  // namespace ws::gen
