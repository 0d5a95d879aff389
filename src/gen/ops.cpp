#include "gen/ops.h"

#include <stdexcept>
#include <string>
#include <vector>

#include "lang/operators.h"

static_assert(ws::gen::kNumTypes <= 64, "Producer::uses is a 64-bit type mask");

namespace ws::gen {

namespace {

using enum Form;
using enum Pat;
using C = TClass;
using G = OpGroup;
using B = Bound;

// A production: the language row it writes, named by its key and argument patterns (the overload's
// identity, as Warp's input_types), and what only the generator needs: the print form, the types it is
// written for (a class within the row's own: `abs` is written for signed scalars only), its group and
// weight, and its value bound.
struct Production {
  std::string_view key;  // the language row's key: "sin", "add" for +, "unot" for not, "<" for <
  Form form;
  uint8_t prec;
  TClass cls;
  lang::Args args;
  OpGroup group;
  double weight;
  Bound bound;
  uint8_t k;
};

// clang-format off
constexpr Production kProductions[] = {
    // key, form, prec, class written, args (with the key: the language row), group, weight, value bound
    // (gen/range.h) and its factor
    {"add", Infix, kPrecAdd, C::Additive, {T, T}, G::Arith, 3, B::Sum, 1},
    {"sub", Infix, kPrecAdd, C::Additive, {T, T}, G::Arith, 2, B::Diff, 1},
    {"mul", Infix, kPrecMul, C::NumScalar, {T, T}, G::Arith, 3, B::Mul, 1},
    {"div", Infix, kPrecMul, C::NumScalar, {T, T}, G::Arith, 1, B::Div, 1},
    {"mod", Infix, kPrecMul, C::NumScalar, {T, T}, G::Arith, 0.4, B::Mod, 1},
    {"floordiv", Infix, kPrecMul, C::NumScalar, {T, T}, G::Arith, 0.3, B::FloorDiv, 1},
    {"neg", Prefix, kPrecUnary, C::Negatable, {T}, G::Arith, 0.5, B::Neg, 1},
    {"mul", Infix, kPrecMul, C::Vec, {T, S}, G::Vector, 2, B::Mul, 1},
    {"mul", Infix, kPrecMul, C::Vec, {S, T}, G::Vector, 1, B::Mul, 1},
    {"div", Infix, kPrecMul, C::Vec, {T, S}, G::Vector, 0.5, B::Div, 1},
    {"dot", Call, kPrecAtom, C::Vec, {T, T}, G::Vector, 1.5, B::Poly, 0},
    {"cross", Call, kPrecAtom, C::Vec3, {T, T}, G::Vector, 1.5, B::Poly, 2},
    {"length", Call, kPrecAtom, C::FloatVec, {T}, G::Vector, 1.5, B::Length, 0},
    {"length_sq", Call, kPrecAtom, C::Vec, {T}, G::Vector, 0.7, B::Square, 0},
    {"normalize", Call, kPrecAtom, C::FloatVec, {T}, G::Vector, 1.5, B::Unit, 1},
    {"min", Call, kPrecAtom, C::Vec, {T, T}, G::Vector, 0.4, B::Min, 1},
    {"max", Call, kPrecAtom, C::Vec, {T, T}, G::Vector, 0.4, B::Max, 1},
    {"min", Call, kPrecAtom, C::Vec, {T}, G::Vector, 0.3, B::Min, 1},
    {"max", Call, kPrecAtom, C::Vec, {T}, G::Vector, 0.3, B::Max, 1},
    {"abs", Call, kPrecAtom, C::Vec, {T}, G::Vector, 0.3, B::Abs, 1},
    {"cw_mul", Call, kPrecAtom, C::Vec, {T, T}, G::Vector, 0.5, B::Mul, 1},
    {"cw_div", Call, kPrecAtom, C::FloatVec, {T, T}, G::Vector, 0.3, B::Div, 1},
    {"lerp", Call, kPrecAtom, C::FloatVec, {T, T, S}, G::Vector, 0.5, B::Lerp, 1},
    {"sign", Call, kPrecAtom, C::Vec, {T}, G::Vector, 0.15, B::Unit, 1},
    {"argmin", Call, kPrecAtom, C::Vec, {T}, G::Vector, 0.15, B::Index, 1},
    {"argmax", Call, kPrecAtom, C::Vec, {T}, G::Vector, 0.15, B::Index, 1},
    {"isnan", Call, kPrecAtom, C::FloatVec, {T}, G::Vector, 0.1, B::Bool, 1},
    {"isfinite", Call, kPrecAtom, C::FloatVec, {T}, G::Vector, 0.1, B::Bool, 1},
    {"spatial_dot", Call, kPrecAtom, C::Spatial, {T, T}, G::Vector, 1, B::Poly, 6},
    {"spatial_cross", Call, kPrecAtom, C::Spatial, {T, T}, G::Vector, 1, B::Poly, 6},
    {"spatial_cross_dual", Call, kPrecAtom, C::Spatial, {T, T}, G::Vector, 0.5, B::Poly, 6},
    {"spatial_top", Call, kPrecAtom, C::Spatial, {T}, G::Vector, 0.7, B::Hull, 1},
    {"spatial_bottom", Call, kPrecAtom, C::Spatial, {T}, G::Vector, 0.7, B::Hull, 1},
    {"mul", Infix, kPrecMul, C::Mat, {T, S}, G::Matrix, 1, B::Poly, 0},
    {"mul", Infix, kPrecMul, C::Mat, {T, ColVec}, G::Matrix, 2, B::Poly, 0},
    {"mul", Infix, kPrecMul, C::Mat, {T, MatRhs}, G::Matrix, 1, B::Poly, 0},
    {"identity", Identity, kPrecAtom, C::Mat, {}, G::Matrix, 0.4, B::Unit01, 1},
    {"transpose", Call, kPrecAtom, C::Mat, {T}, G::Matrix, 1, B::Hull, 1},
    {"inverse", Call, kPrecAtom, C::Mat, {T}, G::Matrix, 0.7, B::Inverse, 1},
    {"determinant", Call, kPrecAtom, C::Mat, {T}, G::Matrix, 1, B::Det, 1},
    {"trace", Call, kPrecAtom, C::Mat, {T}, G::Matrix, 0.7, B::Poly, 0},
    {"get_diag", Call, kPrecAtom, C::Mat, {T}, G::Matrix, 0.4, B::Hull, 1},
    {"ddot", Call, kPrecAtom, C::Mat, {T, T}, G::Matrix, 0.4, B::Poly, 16},
    {"diag", Call, kPrecAtom, C::FloatVec, {T}, G::Matrix, 0.5, B::Hull, 1},
    {"outer", Call, kPrecAtom, C::FloatVec, {T, T}, G::Matrix, 0.7, B::Poly, 1},
    {"skew", Call, kPrecAtom, C::FloatVec3, {T}, G::Matrix, 0.4, B::Hull, 1},
    {"cw_mul", Call, kPrecAtom, C::Mat, {T, T}, G::Matrix, 0.3, B::Mul, 1},
    {"cw_div", Call, kPrecAtom, C::Mat, {T, T}, G::Matrix, 0.2, B::Div, 1},
    {"lerp", Call, kPrecAtom, C::Mat, {T, T, S}, G::Matrix, 0.3, B::Lerp, 1},
    {"matrix_from_cols", Call, kPrecAtom, C::Mat2, {RowVec, RowVec}, G::Matrix, 0.3, B::Hull, 1},
    {"matrix_from_cols", Call, kPrecAtom, C::Mat3, {RowVec, RowVec, RowVec}, G::Matrix, 0.3, B::Hull, 1},
    {"matrix_from_cols", Call, kPrecAtom, C::Mat4, {RowVec, RowVec, RowVec, RowVec}, G::Matrix, 0.2, B::Hull, 1},
    {"matrix_from_rows", Call, kPrecAtom, C::Mat2, {RowVec, RowVec}, G::Matrix, 0.3, B::Hull, 1},
    {"matrix_from_rows", Call, kPrecAtom, C::Mat3, {RowVec, RowVec, RowVec}, G::Matrix, 0.3, B::Hull, 1},
    {"matrix_from_rows", Call, kPrecAtom, C::Mat4, {RowVec, RowVec, RowVec, RowVec}, G::Matrix, 0.2, B::Hull, 1},
    {"transform_point", Call, kPrecAtom, C::Mat4, {T, Vec3S}, G::Matrix, 0.4, B::Poly, 4},
    {"transform_vector", Call, kPrecAtom, C::Mat4, {T, Vec3S}, G::Matrix, 0.3, B::Poly, 3},
    {"quat_from_matrix", Call, kPrecAtom, C::Mat4, {T}, G::Matrix, 0.2, B::Never, 1},
    {"mul", Infix, kPrecMul, C::Quat, {T, T}, G::Quat, 1, B::Poly, 4},
    {"quat_rotate", Call, kPrecAtom, C::Quat, {T, Vec3S}, G::Quat, 2, B::Rotate, 1},
    {"quat_rotate_inv", Call, kPrecAtom, C::Quat, {T, Vec3S}, G::Quat, 0.7, B::Rotate, 1},
    {"quat_inverse", Call, kPrecAtom, C::Quat, {T}, G::Quat, 0.7, B::Hull, 1},
    {"quat_to_matrix", Call, kPrecAtom, C::Quat, {T}, G::Quat, 0.7, B::Rotate, 1},
    {"quat_from_axis_angle", Call, kPrecAtom, C::Quat, {Vec3S, S}, G::Quat, 1.5, B::Unit, 1},
    {"quat_rpy", Call, kPrecAtom, C::Quat, {S, S, S}, G::Quat, 0.5, B::Unit, 1},
    {"quat_slerp", Call, kPrecAtom, C::Quat, {T, T, S}, G::Quat, 0.5, B::Slerp, 1},
    {"quat_from_matrix", Call, kPrecAtom, C::Quat, {Mat33S}, G::Quat, 0.3, B::Rotation, 1},
    {"normalize", Call, kPrecAtom, C::Quat, {T}, G::Quat, 0.7, B::Unit, 1},
    {"length", Call, kPrecAtom, C::Quat, {T}, G::Quat, 0.4, B::Length, 0},
    {"dot", Call, kPrecAtom, C::Quat, {T, T}, G::Quat, 0.4, B::Poly, 4},
    {"length_sq", Call, kPrecAtom, C::Quat, {T}, G::Quat, 0.2, B::Square, 0},
    {"lerp", Call, kPrecAtom, C::Quat, {T, T, S}, G::Quat, 0.2, B::Lerp, 1},
    {"quat_identity", Call, kPrecAtom, C::Float32, {}, G::Quat, 0.3, B::Unit01, 1},
    {"transform_identity", Call, kPrecAtom, C::Float32, {}, G::Transform, 0.3, B::Unit01, 1},
    {"transformation", Ctor, kPrecAtom, C::Transform, {Vec3S, QuatS}, G::Transform, 2, B::Hull, 1},
    {"mul", Infix, kPrecMul, C::Transform, {T, T}, G::Transform, 0.7, B::Compose, 1},
    {"transform_point", Call, kPrecAtom, C::Transform, {T, Vec3S}, G::Transform, 2, B::Rotate, 1},
    {"transform_vector", Call, kPrecAtom, C::Transform, {T, Vec3S}, G::Transform, 1.5, B::Rotate, 1},
    {"transform_get_translation", Call, kPrecAtom, C::Transform, {T}, G::Transform, 0.7, B::Hull, 1},
    {"transform_get_rotation", Call, kPrecAtom, C::Transform, {T}, G::Transform, 0.7, B::Hull, 1},
    {"transform_inverse", Call, kPrecAtom, C::Transform, {T}, G::Transform, 0.7, B::Compose, 1},
    {"transform_multiply", Call, kPrecAtom, C::Transform, {T, T}, G::Transform, 0.5, B::Compose, 1},
    {"lerp", Call, kPrecAtom, C::Transform, {T, T, S}, G::Transform, 0.2, B::Lerp, 1},
    {"sin", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 2, B::Unit, 1},
    {"cos", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 2, B::Unit, 1},
    {"tan", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.5, B::Tan, 1},
    {"asin", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.3, B::Asin, 1},
    {"acos", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.3, B::Acos, 1},
    {"atan", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.5, B::Atan, 1},
    {"atan2", Call, kPrecAtom, C::FloatScalar, {T, T}, G::Math, 0.5, B::Atan2, 1},
    {"sinh", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Sinh, 1},
    {"cosh", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Cosh, 1},
    {"tanh", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.5, B::Unit, 1},
    {"sqrt", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 2, B::Sqrt, 1},
    {"cbrt", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Cbrt, 1},
    {"exp", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 1.5, B::Exp, 1},
    {"log", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 1, B::Log, 1},
    {"log2", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.3, B::Log, 1},
    {"log10", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.3, B::Log, 1},
    {"pow", Call, kPrecAtom, C::FloatScalar, {T, T}, G::Math, 1, B::Pow, 1},
    {"pow", Infix, kPrecPow, C::FloatScalar, {T, T}, G::Math, 0.4, B::Pow, 1},
    {"abs", Call, kPrecAtom, C::SignedScalar, {T}, G::Math, 1.5, B::Abs, 1},
    {"sign", Call, kPrecAtom, C::SignedScalar, {T}, G::Math, 0.3, B::Unit, 1},
    {"min", Call, kPrecAtom, C::NumScalar, {T, T}, G::Math, 1, B::Min, 1},
    {"max", Call, kPrecAtom, C::NumScalar, {T, T}, G::Math, 1, B::Max, 1},
    {"clamp", Call, kPrecAtom, C::NumScalar, {T, T, T}, G::Math, 1, B::Clamp, 1},
    {"floor", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.5, B::Round, 1},
    {"ceil", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.4, B::Round, 1},
    {"round", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.3, B::Round, 1},
    {"trunc", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Round, 1},
    {"frac", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Unit, 1},
    {"degrees", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Poly, 58},
    {"radians", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Poly, 1},
    {"erf", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Unit, 1},
    {"copysign", Call, kPrecAtom, C::FloatScalar, {T, T}, G::Math, 0.2, B::Abs, 1},
    {"lerp", Call, kPrecAtom, C::FloatScalar, {T, T, T}, G::Math, 0.5, B::Lerp, 1},
    {"smoothstep", Call, kPrecAtom, C::FloatScalar, {T, T, T}, G::Math, 0.4, B::Smoothstep, 1},
    {"step", Call, kPrecAtom, C::NumScalar, {T}, G::Math, 0.15, B::Unit01, 1},
    {"nonzero", Call, kPrecAtom, C::NumScalar, {T}, G::Math, 0.15, B::Unit01, 1},
    {"isnan", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.15, B::Bool, 1},
    {"isfinite", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.15, B::Bool, 1},
    {"isinf", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.1, B::Bool, 1},
    {"bit_and", Infix, kPrecBitAnd, C::IntScalar, {T, T}, G::Bitwise, 1, B::BitAnd, 1},
    {"bit_or", Infix, kPrecBitOr, C::IntScalar, {T, T}, G::Bitwise, 1, B::BitOr, 1},
    {"bit_xor", Infix, kPrecBitXor, C::IntScalar, {T, T}, G::Bitwise, 1, B::BitOr, 1},
    {"lshift", Infix, kPrecShift, C::IntScalar, {T, T}, G::Bitwise, 0.5, B::Shl, 1},
    {"rshift", Infix, kPrecShift, C::IntScalar, {T, T}, G::Bitwise, 0.5, B::Shr, 1},
    {"invert", Prefix, kPrecUnary, C::IntScalar, {T}, G::Bitwise, 0.3, B::BitNot, 1},
    {"bit_count", Call, kPrecAtom, C::IntScalar, {T}, G::Bitwise, 0.3, B::BitCount, 1},
    {"<", Infix, kPrecCompare, C::NumScalar, {T, T}, G::Compare, 2, B::Bool, 1},
    {"<=", Infix, kPrecCompare, C::NumScalar, {T, T}, G::Compare, 1, B::Bool, 1},
    {">", Infix, kPrecCompare, C::NumScalar, {T, T}, G::Compare, 2, B::Bool, 1},
    {">=", Infix, kPrecCompare, C::NumScalar, {T, T}, G::Compare, 1, B::Bool, 1},
    {"==", Infix, kPrecCompare, C::NumScalar, {T, T}, G::Compare, 0.5, B::Bool, 1},
    {"!=", Infix, kPrecCompare, C::NumScalar, {T, T}, G::Compare, 0.5, B::Bool, 1},
    {"and", Infix, kPrecAnd, C::Bool, {T, T}, G::Logic, 1, B::Bool, 1},
    {"or", Infix, kPrecOr, C::Bool, {T, T}, G::Logic, 1, B::Bool, 1},
    {"unot", Prefix, kPrecNot, C::Bool, {T}, G::Logic, 0.5, B::Bool, 1},
    {"where", Call, kPrecAtom, C::Any, {Bool, T, T}, G::Logic, 0.3, B::Where, 1},
    {"rand_init", Call, kPrecAtom, C::Float32, {Int32, Int32}, G::Random, 0, B::Full, 1},  // statement only
    {"randf", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 2, B::RandF, 1},
    {"randf", Call, kPrecAtom, C::Float32, {Rng, T, T}, G::Random, 1, B::RandF, 1},
    {"randn", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 1, B::Randn, 1},
    {"randi", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 1, B::RandI, 1},
    {"randi", Call, kPrecAtom, C::Float32, {Rng, Int32, Int32}, G::Random, 0.5, B::RandI, 1},
    {"randu", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.3, B::Full, 1},
    {"noise", Call, kPrecAtom, C::Float32, {Rng, T}, G::Random, 0.3, B::Unit, 1},
    {"poisson", Call, kPrecAtom, C::Float32, {Rng, T}, G::Random, 0.2, B::Poisson, 1},
    {"sample_unit_sphere", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.5, B::Unit, 1},
    {"sample_unit_sphere_surface", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.3, B::Unit, 1},
    {"sample_unit_hemisphere", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.2, B::Unit, 1},
    {"sample_unit_cube", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.2, B::Unit, 1},
    {"sample_unit_disk", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.3, B::Unit, 1},
    {"sample_unit_square", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.2, B::Unit, 1},
    // Appended rather than grouped above, so that the rows before keep their indices.
    {"erfc", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Erfc, 1},
    {"erfinv", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.15, B::Erfinv, 1},
    {"erfcinv", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.15, B::Erfcinv, 1},
    {"rint", Call, kPrecAtom, C::FloatScalar, {T}, G::Math, 0.2, B::Round, 1},
    {"div_approx", Call, kPrecAtom, C::FloatScalar, {T, T}, G::Math, 0.2, B::Div, 1},
    {"div", Call, kPrecAtom, C::FloatScalar, {T, T}, G::Math, 0.1, B::Div, 1},
    {"inverse_approx", Call, kPrecAtom, C::Mat, {T}, G::Matrix, 0.3, B::Inverse, 1},
    {"mul", Call, kPrecAtom, C::Mat, {T, ColVec}, G::Matrix, 0.3, B::Poly, 0},
    {"mul", Call, kPrecAtom, C::Quat, {T, T}, G::Quat, 0.2, B::Poly, 4},
    {"add", Call, kPrecAtom, C::Vec, {T, T}, G::Vector, 0.15, B::Sum, 1},
    {"sub", Call, kPrecAtom, C::Vec, {T, T}, G::Vector, 0.15, B::Diff, 1},
    {"neg", Call, kPrecAtom, C::FloatVec, {T}, G::Vector, 0.1, B::Neg, 1},
    {"closest_point_edge_edge", Call, kPrecAtom, C::Float32, {Vec3, Vec3, Vec3, Vec3, T}, G::Vector, 0.3, B::EdgeEdge, 1},
    {"intersect_tri_tri", Call, kPrecAtom, C::Float32, {Vec3S, Vec3S, Vec3S, Vec3S, Vec3S, Vec3S}, G::Vector, 0.2, B::TriTri, 1},
    {"sample_unit_hemisphere_surface", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.2, B::Unit, 1},
    {"sample_unit_ring", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.2, B::Unit, 1},
    {"sample_triangle", Call, kPrecAtom, C::Float32, {Rng}, G::Random, 0.2, B::Unit01, 1},
    {"pnoise", Call, kPrecAtom, C::Float32, {Rng, T, Int32}, G::Random, 0.2, B::Noise, 1},
    {"curlnoise", Call, kPrecAtom, C::Float32, {Rng, Vec2, UInt32, T, T}, G::Random, 0.4, B::CurlNoise, 1},
    {"transformation", Call, kPrecAtom, C::Transform, {Vec3S, QuatS}, G::Transform, 1.5, B::Hull, 1},
    {"mod", Call, kPrecAtom, C::NumScalar, {T, T}, G::Arith, 0.1, B::Mod, 1},
};
// clang-format on

// Bit t of mask(c) says whether universe type t belongs to class c (lang::in_class on the universe).
uint64_t class_mask(TClass c) {
  static const auto masks = [] {
    std::array<uint64_t, lang::kNumClasses> m{};
    for (size_t i = 0; i < m.size(); ++i)
      for (TypeId t = 0; t < kNumTypes; ++t)
        if (lang::in_class(static_cast<TClass>(i), lang_type(t))) m[i] |= uint64_t{1} << t;
    return m;
  }();
  return masks[static_cast<size_t>(c)];
}

// The language row a production writes: the one with its key and argument patterns whose class holds
// every type the generator writes it for. Anything else is a table error, reported at first use.
const lang::Row& language_row(const Production& p) {
  const lang::Row* found = nullptr;
  for (const lang::Row& r : lang::builtins()) {
    if (r.key != p.key || r.sig.args != p.args || (class_mask(p.cls) & ~class_mask(r.sig.cls)) != 0) continue;
    if (found) throw std::logic_error("ws::gen: two language rows for " + std::string(p.key));
    found = &r;
  }
  if (!found) throw std::logic_error("ws::gen: no language row for " + std::string(p.key));
  return *found;
}

// How a production prints: an operator's Python spelling, the key of a call, nothing for a constructor.
std::string_view spelling(const Production& p) {
  if (p.form == Ctor) return "";
  if (p.form != Infix && p.form != Prefix) return p.key;
  const std::string_view op = lang::operator_spelling(p.form == Prefix, p.key);
  return op.empty() ? p.key : op;  // and, or and the comparisons are keyed by their spelling
}

const std::vector<Op>& joined() {
  static const std::vector<Op> table = [] {
    std::vector<Op> v;
    for (const Production& p : kProductions) {
      const lang::Row& r = language_row(p);
      v.push_back(Op{spelling(p), p.form, p.prec, p.cls, r.sig.ret, p.args, p.group, p.weight, p.bound, p.k, &r});
    }
    return v;
  }();
  return table;
}

struct ProducerTable {
  std::array<std::vector<Producer>, kNumTypes> by_result;
  ProducerTable() {
    const std::span<const Op> all = ops();
    for (size_t i = 0; i < all.size(); ++i) {
      const Op& op = all[i];
      for (TypeId t = 0; t < kNumTypes; ++t) {
        if (!in_class(op.cls, t)) continue;
        const TypeId r = resolve(op.ret, t);
        bool ok = r != kNoType;
        Producer p{static_cast<uint16_t>(i), t, false, uint64_t{1} << t};
        for (int a = 0; a < arity(op); ++a) {
          const TypeId at = resolve(op.args[a], t);
          ok = ok && at != kNoType;
          if (op.args[a] == Rng)
            p.rng = true;
          else if (at != kNoType)
            p.uses |= uint64_t{1} << at;
        }
        if (ok) by_result[r].push_back(p);
      }
    }
  }
};

}  // namespace

bool in_class(TClass c, TypeId t) {
  return (class_mask(c) >> t) & 1;
}

std::span<const Op> ops() {
  return joined();
}

uint16_t op_row(std::string_view text, TClass cls) {
  const std::span<const Op> all = ops();
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].text == text && all[i].cls == cls) return static_cast<uint16_t>(i);
  throw std::logic_error("ws::gen: no op row " + std::string(text));
}

uint16_t op_row(std::string_view text, TClass cls, const lang::Args& args) {
  const std::span<const Op> all = ops();
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].text == text && all[i].cls == cls && all[i].args == args) return static_cast<uint16_t>(i);
  throw std::logic_error("ws::gen: no op row " + std::string(text));
}

int arity(const Op& op) {
  return op.row->sig.arity();
}

TypeId resolve(Pat p, TypeId t) {
  // lang::instantiate over the universe, once.
  static const auto table = [] {
    std::array<std::array<TypeId, kNumTypes>, lang::kNumPats> m{};
    for (size_t i = 0; i < m.size(); ++i)
      for (TypeId u = 0; u < kNumTypes; ++u) {
        const auto inst = lang::instantiate(static_cast<Pat>(i), lang_type(u));
        m[i][u] = inst ? find_type(*inst) : kNoType;
      }
    return m;
  }();
  return table[static_cast<size_t>(p)][t];
}

std::span<const Producer> producers(TypeId result) {
  static const ProducerTable table;
  return table.by_result[result];
}

}  // namespace ws::gen
