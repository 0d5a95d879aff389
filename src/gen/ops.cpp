#include "gen/ops.h"

#include <stdexcept>
#include <string>
#include <vector>

static_assert(ws::gen::kNumTypes <= 64, "Producer::uses is a 64-bit type mask");

namespace ws::gen {

namespace {

using enum Form;
using enum Pat;
using C = TClass;
using G = OpGroup;
using B = Bound;

// clang-format off
constexpr Op kOps[] = {
    // text, form, prec, class, result, args, group, weight, value bound (gen/range.h) and its factor
    {"+", Infix, kPrecAdd, C::Additive, T, {T, T}, G::Arith, 3, B::Sum, 1},
    {"-", Infix, kPrecAdd, C::Additive, T, {T, T}, G::Arith, 2, B::Diff, 1},
    {"*", Infix, kPrecMul, C::NumScalar, T, {T, T}, G::Arith, 3, B::Mul, 1},
    {"/", Infix, kPrecMul, C::NumScalar, T, {T, T}, G::Arith, 1, B::Div, 1},
    {"%", Infix, kPrecMul, C::NumScalar, T, {T, T}, G::Arith, 0.4, B::Mod, 1},
    {"//", Infix, kPrecMul, C::NumScalar, T, {T, T}, G::Arith, 0.3, B::FloorDiv, 1},
    {"-", Prefix, kPrecUnary, C::Negatable, T, {T}, G::Arith, 0.5, B::Neg, 1},
    {"*", Infix, kPrecMul, C::Vec, T, {T, S}, G::Vector, 2, B::Mul, 1},
    {"*", Infix, kPrecMul, C::Vec, T, {S, T}, G::Vector, 1, B::Mul, 1},
    {"/", Infix, kPrecMul, C::Vec, T, {T, S}, G::Vector, 0.5, B::Div, 1},
    {"dot", Call, kPrecAtom, C::Vec, S, {T, T}, G::Vector, 1.5, B::Poly, 0},
    {"cross", Call, kPrecAtom, C::Vec3, T, {T, T}, G::Vector, 1.5, B::Poly, 2},
    {"length", Call, kPrecAtom, C::FloatVec, S, {T}, G::Vector, 1.5, B::Length, 0},
    {"length_sq", Call, kPrecAtom, C::Vec, S, {T}, G::Vector, 0.7, B::Square, 0},
    {"normalize", Call, kPrecAtom, C::FloatVec, T, {T}, G::Vector, 1.5, B::Unit, 1},
    {"min", Call, kPrecAtom, C::Vec, T, {T, T}, G::Vector, 0.4, B::Min, 1},
    {"max", Call, kPrecAtom, C::Vec, T, {T, T}, G::Vector, 0.4, B::Max, 1},
    {"min", Call, kPrecAtom, C::Vec, S, {T}, G::Vector, 0.3, B::Min, 1},
    {"max", Call, kPrecAtom, C::Vec, S, {T}, G::Vector, 0.3, B::Max, 1},
    {"abs", Call, kPrecAtom, C::Vec, T, {T}, G::Vector, 0.3, B::Abs, 1},
    {"cw_mul", Call, kPrecAtom, C::Vec, T, {T, T}, G::Vector, 0.5, B::Mul, 1},
    {"cw_div", Call, kPrecAtom, C::FloatVec, T, {T, T}, G::Vector, 0.3, B::Div, 1},
    {"lerp", Call, kPrecAtom, C::FloatVec, T, {T, T, S}, G::Vector, 0.5, B::Lerp, 1},
    {"sign", Call, kPrecAtom, C::Vec, T, {T}, G::Vector, 0.15, B::Unit, 1},
    {"argmin", Call, kPrecAtom, C::Vec, UInt32, {T}, G::Vector, 0.15, B::Index, 1},
    {"argmax", Call, kPrecAtom, C::Vec, UInt32, {T}, G::Vector, 0.15, B::Index, 1},
    {"isnan", Call, kPrecAtom, C::FloatVec, Bool, {T}, G::Vector, 0.1, B::Bool, 1},
    {"isfinite", Call, kPrecAtom, C::FloatVec, Bool, {T}, G::Vector, 0.1, B::Bool, 1},
    {"spatial_dot", Call, kPrecAtom, C::Spatial, S, {T, T}, G::Vector, 1, B::Poly, 6},
    {"spatial_cross", Call, kPrecAtom, C::Spatial, T, {T, T}, G::Vector, 1, B::Poly, 6},
    {"spatial_cross_dual", Call, kPrecAtom, C::Spatial, T, {T, T}, G::Vector, 0.5, B::Poly, 6},
    {"spatial_top", Call, kPrecAtom, C::Spatial, Vec3S, {T}, G::Vector, 0.7, B::Hull, 1},
    {"spatial_bottom", Call, kPrecAtom, C::Spatial, Vec3S, {T}, G::Vector, 0.7, B::Hull, 1},
    {"*", Infix, kPrecMul, C::Mat, T, {T, S}, G::Matrix, 1, B::Poly, 0},
    {"*", Infix, kPrecMul, C::Mat, RowVec, {T, RowVec}, G::Matrix, 2, B::Poly, 0},
    {"*", Infix, kPrecMul, C::Mat, T, {T, T}, G::Matrix, 1, B::Poly, 0},
    {"identity", Identity, kPrecAtom, C::Mat, T, {}, G::Matrix, 0.4, B::Unit01, 1},
    {"transpose", Call, kPrecAtom, C::Mat, T, {T}, G::Matrix, 1, B::Hull, 1},
    {"inverse", Call, kPrecAtom, C::Mat, T, {T}, G::Matrix, 0.7, B::Inverse, 1},
    {"determinant", Call, kPrecAtom, C::Mat, S, {T}, G::Matrix, 1, B::Det, 1},
    {"trace", Call, kPrecAtom, C::Mat, S, {T}, G::Matrix, 0.7, B::Poly, 0},
    {"get_diag", Call, kPrecAtom, C::Mat, RowVec, {T}, G::Matrix, 0.4, B::Hull, 1},
    {"ddot", Call, kPrecAtom, C::Mat, S, {T, T}, G::Matrix, 0.4, B::Poly, 16},
    {"diag", Call, kPrecAtom, C::FloatVec, SqMat, {T}, G::Matrix, 0.5, B::Hull, 1},
    {"outer", Call, kPrecAtom, C::FloatVec, SqMat, {T, T}, G::Matrix, 0.7, B::Poly, 1},
    {"skew", Call, kPrecAtom, C::FloatVec3, Mat33S, {T}, G::Matrix, 0.4, B::Hull, 1},
    {"cw_mul", Call, kPrecAtom, C::Mat, T, {T, T}, G::Matrix, 0.3, B::Mul, 1},
    {"cw_div", Call, kPrecAtom, C::Mat, T, {T, T}, G::Matrix, 0.2, B::Div, 1},
    {"lerp", Call, kPrecAtom, C::Mat, T, {T, T, S}, G::Matrix, 0.3, B::Lerp, 1},
    {"matrix_from_cols", Call, kPrecAtom, C::Mat2, T, {RowVec, RowVec}, G::Matrix, 0.3, B::Hull, 1},
    {"matrix_from_cols", Call, kPrecAtom, C::Mat3, T, {RowVec, RowVec, RowVec}, G::Matrix, 0.3, B::Hull, 1},
    {"matrix_from_cols", Call, kPrecAtom, C::Mat4, T, {RowVec, RowVec, RowVec, RowVec}, G::Matrix, 0.2, B::Hull, 1},
    {"matrix_from_rows", Call, kPrecAtom, C::Mat2, T, {RowVec, RowVec}, G::Matrix, 0.3, B::Hull, 1},
    {"matrix_from_rows", Call, kPrecAtom, C::Mat3, T, {RowVec, RowVec, RowVec}, G::Matrix, 0.3, B::Hull, 1},
    {"matrix_from_rows", Call, kPrecAtom, C::Mat4, T, {RowVec, RowVec, RowVec, RowVec}, G::Matrix, 0.2, B::Hull, 1},
    {"transform_point", Call, kPrecAtom, C::Mat4, Vec3S, {T, Vec3S}, G::Matrix, 0.4, B::Poly, 4},
    {"transform_vector", Call, kPrecAtom, C::Mat4, Vec3S, {T, Vec3S}, G::Matrix, 0.3, B::Poly, 3},
    {"quat_from_matrix", Call, kPrecAtom, C::Mat4, QuatS, {T}, G::Matrix, 0.2, B::Never, 1},
    {"*", Infix, kPrecMul, C::Quat, T, {T, T}, G::Quat, 1, B::Poly, 4},
    {"quat_rotate", Call, kPrecAtom, C::Quat, Vec3S, {T, Vec3S}, G::Quat, 2, B::Rotate, 1},
    {"quat_rotate_inv", Call, kPrecAtom, C::Quat, Vec3S, {T, Vec3S}, G::Quat, 0.7, B::Rotate, 1},
    {"quat_inverse", Call, kPrecAtom, C::Quat, T, {T}, G::Quat, 0.7, B::Hull, 1},
    {"quat_to_matrix", Call, kPrecAtom, C::Quat, Mat33S, {T}, G::Quat, 0.7, B::Rotate, 1},
    {"quat_from_axis_angle", Call, kPrecAtom, C::Quat, T, {Vec3S, S}, G::Quat, 1.5, B::Unit, 1},
    {"quat_rpy", Call, kPrecAtom, C::Quat, T, {S, S, S}, G::Quat, 0.5, B::Unit, 1},
    {"quat_slerp", Call, kPrecAtom, C::Quat, T, {T, T, S}, G::Quat, 0.5, B::Slerp, 1},
    {"quat_from_matrix", Call, kPrecAtom, C::Quat, T, {Mat33S}, G::Quat, 0.3, B::Rotation, 1},
    {"normalize", Call, kPrecAtom, C::Quat, T, {T}, G::Quat, 0.7, B::Unit, 1},
    {"length", Call, kPrecAtom, C::Quat, S, {T}, G::Quat, 0.4, B::Length, 0},
    {"dot", Call, kPrecAtom, C::Quat, S, {T, T}, G::Quat, 0.4, B::Poly, 4},
    {"length_sq", Call, kPrecAtom, C::Quat, S, {T}, G::Quat, 0.2, B::Square, 0},
    {"lerp", Call, kPrecAtom, C::Quat, T, {T, T, S}, G::Quat, 0.2, B::Lerp, 1},
    {"quat_identity", Call, kPrecAtom, C::Float32, QuatS, {}, G::Quat, 0.3, B::Unit01, 1},
    {"transform_identity", Call, kPrecAtom, C::Float32, XformS, {}, G::Transform, 0.3, B::Unit01, 1},
    {"", Ctor, kPrecAtom, C::Transform, T, {Vec3S, QuatS}, G::Transform, 2, B::Hull, 1},
    {"*", Infix, kPrecMul, C::Transform, T, {T, T}, G::Transform, 0.7, B::Compose, 1},
    {"transform_point", Call, kPrecAtom, C::Transform, Vec3S, {T, Vec3S}, G::Transform, 2, B::Rotate, 1},
    {"transform_vector", Call, kPrecAtom, C::Transform, Vec3S, {T, Vec3S}, G::Transform, 1.5, B::Rotate, 1},
    {"transform_get_translation", Call, kPrecAtom, C::Transform, Vec3S, {T}, G::Transform, 0.7, B::Hull, 1},
    {"transform_get_rotation", Call, kPrecAtom, C::Transform, QuatS, {T}, G::Transform, 0.7, B::Hull, 1},
    {"transform_inverse", Call, kPrecAtom, C::Transform, T, {T}, G::Transform, 0.7, B::Compose, 1},
    {"transform_multiply", Call, kPrecAtom, C::Transform, T, {T, T}, G::Transform, 0.5, B::Compose, 1},
    {"lerp", Call, kPrecAtom, C::Transform, T, {T, T, S}, G::Transform, 0.2, B::Lerp, 1},
    {"sin", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 2, B::Unit, 1},
    {"cos", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 2, B::Unit, 1},
    {"tan", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.5, B::Tan, 1},
    {"asin", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.3, B::Asin, 1},
    {"acos", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.3, B::Acos, 1},
    {"atan", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.5, B::Atan, 1},
    {"atan2", Call, kPrecAtom, C::FloatScalar, T, {T, T}, G::Math, 0.5, B::Atan2, 1},
    {"sinh", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Sinh, 1},
    {"cosh", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Cosh, 1},
    {"tanh", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.5, B::Unit, 1},
    {"sqrt", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 2, B::Sqrt, 1},
    {"cbrt", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Cbrt, 1},
    {"exp", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 1.5, B::Exp, 1},
    {"log", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 1, B::Log, 1},
    {"log2", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.3, B::Log, 1},
    {"log10", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.3, B::Log, 1},
    {"pow", Call, kPrecAtom, C::FloatScalar, T, {T, T}, G::Math, 1, B::Pow, 1},
    {"**", Infix, kPrecPow, C::FloatScalar, T, {T, T}, G::Math, 0.4, B::Pow, 1},
    {"abs", Call, kPrecAtom, C::SignedScalar, T, {T}, G::Math, 1.5, B::Abs, 1},
    {"sign", Call, kPrecAtom, C::SignedScalar, T, {T}, G::Math, 0.3, B::Unit, 1},
    {"min", Call, kPrecAtom, C::NumScalar, T, {T, T}, G::Math, 1, B::Min, 1},
    {"max", Call, kPrecAtom, C::NumScalar, T, {T, T}, G::Math, 1, B::Max, 1},
    {"clamp", Call, kPrecAtom, C::NumScalar, T, {T, T, T}, G::Math, 1, B::Clamp, 1},
    {"floor", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.5, B::Round, 1},
    {"ceil", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.4, B::Round, 1},
    {"round", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.3, B::Round, 1},
    {"trunc", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Round, 1},
    {"frac", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Unit, 1},
    {"degrees", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Poly, 58},
    {"radians", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Poly, 1},
    {"erf", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Unit, 1},
    {"copysign", Call, kPrecAtom, C::FloatScalar, T, {T, T}, G::Math, 0.2, B::Abs, 1},
    {"lerp", Call, kPrecAtom, C::FloatScalar, T, {T, T, T}, G::Math, 0.5, B::Lerp, 1},
    {"smoothstep", Call, kPrecAtom, C::FloatScalar, T, {T, T, T}, G::Math, 0.4, B::Smoothstep, 1},
    {"step", Call, kPrecAtom, C::NumScalar, T, {T}, G::Math, 0.15, B::Unit01, 1},
    {"nonzero", Call, kPrecAtom, C::NumScalar, T, {T}, G::Math, 0.15, B::Unit01, 1},
    {"isnan", Call, kPrecAtom, C::FloatScalar, Bool, {T}, G::Math, 0.15, B::Bool, 1},
    {"isfinite", Call, kPrecAtom, C::FloatScalar, Bool, {T}, G::Math, 0.15, B::Bool, 1},
    {"isinf", Call, kPrecAtom, C::FloatScalar, Bool, {T}, G::Math, 0.1, B::Bool, 1},
    {"&", Infix, kPrecBitAnd, C::IntScalar, T, {T, T}, G::Bitwise, 1, B::BitAnd, 1},
    {"|", Infix, kPrecBitOr, C::IntScalar, T, {T, T}, G::Bitwise, 1, B::BitOr, 1},
    {"^", Infix, kPrecBitXor, C::IntScalar, T, {T, T}, G::Bitwise, 1, B::BitOr, 1},
    {"<<", Infix, kPrecShift, C::IntScalar, T, {T, T}, G::Bitwise, 0.5, B::Shl, 1},
    {">>", Infix, kPrecShift, C::IntScalar, T, {T, T}, G::Bitwise, 0.5, B::Shr, 1},
    {"~", Prefix, kPrecUnary, C::IntScalar, T, {T}, G::Bitwise, 0.3, B::BitNot, 1},
    {"bit_count", Call, kPrecAtom, C::IntScalar, Int32, {T}, G::Bitwise, 0.3, B::BitCount, 1},
    {"<", Infix, kPrecCompare, C::NumScalar, Bool, {T, T}, G::Compare, 2, B::Bool, 1},
    {"<=", Infix, kPrecCompare, C::NumScalar, Bool, {T, T}, G::Compare, 1, B::Bool, 1},
    {">", Infix, kPrecCompare, C::NumScalar, Bool, {T, T}, G::Compare, 2, B::Bool, 1},
    {">=", Infix, kPrecCompare, C::NumScalar, Bool, {T, T}, G::Compare, 1, B::Bool, 1},
    {"==", Infix, kPrecCompare, C::NumScalar, Bool, {T, T}, G::Compare, 0.5, B::Bool, 1},
    {"!=", Infix, kPrecCompare, C::NumScalar, Bool, {T, T}, G::Compare, 0.5, B::Bool, 1},
    {"and", Infix, kPrecAnd, C::Bool, T, {T, T}, G::Logic, 1, B::Bool, 1},
    {"or", Infix, kPrecOr, C::Bool, T, {T, T}, G::Logic, 1, B::Bool, 1},
    {"not", Prefix, kPrecNot, C::Bool, T, {T}, G::Logic, 0.5, B::Bool, 1},
    {"where", Call, kPrecAtom, C::Any, T, {Bool, T, T}, G::Logic, 0.3, B::Where, 1},
    {"rand_init", Call, kPrecAtom, C::Float32, UInt32, {Int32, Int32}, G::Random, 0, B::Full, 1},  // statement only
    {"randf", Call, kPrecAtom, C::Float32, T, {Rng}, G::Random, 2, B::RandF, 1},
    {"randf", Call, kPrecAtom, C::Float32, T, {Rng, T, T}, G::Random, 1, B::RandF, 1},
    {"randn", Call, kPrecAtom, C::Float32, T, {Rng}, G::Random, 1, B::Randn, 1},
    {"randi", Call, kPrecAtom, C::Float32, Int32, {Rng}, G::Random, 1, B::RandI, 1},
    {"randi", Call, kPrecAtom, C::Float32, Int32, {Rng, Int32, Int32}, G::Random, 0.5, B::RandI, 1},
    {"randu", Call, kPrecAtom, C::Float32, UInt32, {Rng}, G::Random, 0.3, B::Full, 1},
    {"noise", Call, kPrecAtom, C::Float32, T, {Rng, T}, G::Random, 0.3, B::Unit, 1},
    {"poisson", Call, kPrecAtom, C::Float32, UInt32, {Rng, T}, G::Random, 0.2, B::Poisson, 1},
    {"sample_unit_sphere", Call, kPrecAtom, C::Float32, Vec3, {Rng}, G::Random, 0.5, B::Unit, 1},
    {"sample_unit_sphere_surface", Call, kPrecAtom, C::Float32, Vec3, {Rng}, G::Random, 0.3, B::Unit, 1},
    {"sample_unit_hemisphere", Call, kPrecAtom, C::Float32, Vec3, {Rng}, G::Random, 0.2, B::Unit, 1},
    {"sample_unit_cube", Call, kPrecAtom, C::Float32, Vec3, {Rng}, G::Random, 0.2, B::Unit, 1},
    {"sample_unit_disk", Call, kPrecAtom, C::Float32, Vec2, {Rng}, G::Random, 0.3, B::Unit, 1},
    {"sample_unit_square", Call, kPrecAtom, C::Float32, Vec2, {Rng}, G::Random, 0.2, B::Unit, 1},
    // Appended rather than grouped above, so that the rows before keep their indices.
    {"erfc", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Erfc, 1},
    {"erfinv", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.15, B::Erfinv, 1},
    {"erfcinv", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.15, B::Erfcinv, 1},
    {"rint", Call, kPrecAtom, C::FloatScalar, T, {T}, G::Math, 0.2, B::Round, 1},
    {"div_approx", Call, kPrecAtom, C::FloatScalar, T, {T, T}, G::Math, 0.2, B::Div, 1},
    {"div", Call, kPrecAtom, C::FloatScalar, T, {T, T}, G::Math, 0.1, B::Div, 1},
    {"inverse_approx", Call, kPrecAtom, C::Mat, T, {T}, G::Matrix, 0.3, B::Inverse, 1},
    {"mul", Call, kPrecAtom, C::Mat, RowVec, {T, RowVec}, G::Matrix, 0.3, B::Poly, 0},
    {"mul", Call, kPrecAtom, C::Quat, T, {T, T}, G::Quat, 0.2, B::Poly, 4},
    {"add", Call, kPrecAtom, C::Vec, T, {T, T}, G::Vector, 0.15, B::Sum, 1},
    {"sub", Call, kPrecAtom, C::Vec, T, {T, T}, G::Vector, 0.15, B::Diff, 1},
    {"neg", Call, kPrecAtom, C::FloatVec, T, {T}, G::Vector, 0.1, B::Neg, 1},
    {"closest_point_edge_edge", Call, kPrecAtom, C::Float32, Vec3, {Vec3, Vec3, Vec3, Vec3, T}, G::Vector, 0.3, B::EdgeEdge, 1},
    {"intersect_tri_tri", Call, kPrecAtom, C::Float32, Int32, {Vec3, Vec3, Vec3, Vec3, Vec3, Vec3}, G::Vector, 0.2, B::TriTri, 1},
    {"sample_unit_hemisphere_surface", Call, kPrecAtom, C::Float32, Vec3, {Rng}, G::Random, 0.2, B::Unit, 1},
    {"sample_unit_ring", Call, kPrecAtom, C::Float32, Vec2, {Rng}, G::Random, 0.2, B::Unit, 1},
    {"sample_triangle", Call, kPrecAtom, C::Float32, Vec2, {Rng}, G::Random, 0.2, B::Unit01, 1},
    {"pnoise", Call, kPrecAtom, C::Float32, T, {Rng, T, Int32}, G::Random, 0.2, B::Noise, 1},
    {"curlnoise", Call, kPrecAtom, C::Float32, Vec2, {Rng, Vec2, UInt32, T, T}, G::Random, 0.4, B::CurlNoise, 1},
};
// clang-format on

bool class_has(TClass c, TypeId t) {
  const TypeInfo& ti = info(t);
  const bool scalar = ti.kind == Kind::Scalar;
  switch (c) {
    case C::NumScalar:
      return scalar && t != kBool;
    case C::SignedScalar:
      return scalar && is_signed_scalar(t);
    case C::IntScalar:
      return is_int_scalar(t);
    case C::FloatScalar:
      return is_float_scalar(t);
    case C::Bool:
      return t == kBool;
    case C::Float32:
      return t == kFloat32;
    case C::Vec:
      return ti.kind == Kind::Vec;
    case C::FloatVec:
      return ti.kind == Kind::Vec && has_float_scalar(t);
    case C::Vec3:
      return ti.kind == Kind::Vec && ti.rows == 3;
    case C::FloatVec3:
      return ti.kind == Kind::Vec && ti.rows == 3 && has_float_scalar(t);
    case C::Mat:
      return ti.kind == Kind::Mat;
    case C::Quat:
      return ti.kind == Kind::Quat;
    case C::Transform:
      return ti.kind == Kind::Transform;
    case C::Additive:
      return t != kBool;
    case C::Negatable:
      return ti.kind == Kind::Transform ? false : is_signed_scalar(ti.scalar);
    case C::Mat2:
      return ti.kind == Kind::Mat && ti.rows == 2;
    case C::Mat3:
      return ti.kind == Kind::Mat && ti.rows == 3;
    case C::Mat4:
      return ti.kind == Kind::Mat && ti.rows == 4;
    case C::Spatial:
      return ti.kind == Kind::Vec && ti.rows == 6;
    case C::Any:
      return true;
  }
  return false;
}

struct ProducerTable {
  std::array<std::vector<Producer>, kNumTypes> by_result;
  ProducerTable() {
    for (size_t i = 0; i < std::size(kOps); ++i) {
      const Op& op = kOps[i];
      for (TypeId t = 0; t < kNumTypes; ++t) {
        if (!class_has(op.cls, t)) continue;
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
  return class_has(c, t);
}

std::span<const Op> ops() {
  return kOps;
}

uint16_t op_row(std::string_view text, TClass cls) {
  for (size_t i = 0; i < std::size(kOps); ++i)
    if (kOps[i].text == text && kOps[i].cls == cls) return static_cast<uint16_t>(i);
  throw std::logic_error("ws::gen: no op row " + std::string(text));
}

int arity(const Op& op) {
  int n = 0;
  while (n < static_cast<int>(op.args.size()) && op.args[n] != None) ++n;
  return n;
}

TypeId resolve(Pat p, TypeId t) {
  const TypeInfo& ti = info(t);
  switch (p) {
    case None:
      return kNoType;
    case T:
      return t;
    case S:
      return ti.scalar;
    case RowVec:
      return find_type(Kind::Vec, ti.scalar, ti.rows, 1);
    case SqMat:
      return find_type(Kind::Mat, ti.scalar, ti.rows, ti.rows);
    case Vec3S:
      return find_type(Kind::Vec, ti.scalar, 3, 1);
    case QuatS:
      return find_type(Kind::Quat, ti.scalar, 4, 1);
    case Mat33S:
      return find_type(Kind::Mat, ti.scalar, 3, 3);
    case XformS:
      return find_type(Kind::Transform, ti.scalar, 7, 1);
    case Bool:
      return kBool;
    case Int32:
      return kInt32;
    case UInt32:
    case Rng:
      return kUInt32;
    case Float32:
      return kFloat32;
    case Vec2:
      return kVec2;
    case Vec3:
      return kVec3;
  }
  return kNoType;
}

std::span<const Producer> producers(TypeId result) {
  static const ProducerTable table;
  return table.by_result[result];
}

}  // namespace ws::gen
