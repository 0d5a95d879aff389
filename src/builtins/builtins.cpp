#include "builtins/builtins.h"

#include <array>
#include <unordered_map>
#include <vector>

namespace ws::builtins {
namespace {

using types::Kind;
using types::Scalar;
using types::Type;

constexpr uint8_t D = kDiff;
constexpr uint8_t DR = kDiff | kReqOut;

// Verified against Warp 1.19.0's builtin_functions (native_func, is_differentiable,
// require_original_output_arg) for the shapes listed; other overloads of these keys are declined.
constexpr std::array kRows = {
    // math, float -> float
    Row{"sin", "sin", Sig::F_F, D},
    Row{"cos", "cos", Sig::F_F, D},
    Row{"tan", "tan", Sig::F_F, D},
    Row{"asin", "asin", Sig::F_F, D},
    Row{"acos", "acos", Sig::F_F, D},
    Row{"atan", "atan", Sig::F_F, D},
    Row{"sinh", "sinh", Sig::F_F, D},
    Row{"cosh", "cosh", Sig::F_F, D},
    Row{"tanh", "tanh", Sig::F_F, DR},
    Row{"exp", "exp", Sig::F_F, DR},
    Row{"log", "log", Sig::F_F, D},
    Row{"log2", "log2", Sig::F_F, D},
    Row{"log10", "log10", Sig::F_F, D},
    Row{"sqrt", "sqrt", Sig::F_F, DR},
    Row{"cbrt", "cbrt", Sig::F_F, DR},
    Row{"floor", "floor", Sig::F_F, 0},
    Row{"ceil", "ceil", Sig::F_F, 0},
    Row{"round", "round", Sig::F_F, 0},
    Row{"trunc", "trunc", Sig::F_F, 0},
    Row{"frac", "frac", Sig::F_F, 0},
    Row{"degrees", "degrees", Sig::F_F, D},
    Row{"radians", "radians", Sig::F_F, D},
    Row{"erf", "erf", Sig::F_F, D},
    Row{"erfc", "erfc", Sig::F_F, D},
    Row{"erfinv", "erfinv", Sig::F_F, DR},
    Row{"isnan", "isnan", Sig::F_B, 0},
    Row{"isinf", "isinf", Sig::F_B, 0},
    Row{"isfinite", "isfinite", Sig::F_B, 0},
    Row{"step", "step", Sig::S_S, 0},
    Row{"nonzero", "nonzero", Sig::S_S, 0},
    Row{"atan2", "atan2", Sig::FF_F, D},
    Row{"copysign", "copysign", Sig::FF_F, D},
    Row{"pow", "pow", Sig::FF_F, DR},
    Row{"lerp", "lerp", Sig::FFF_F, D},
    Row{"lerp", "lerp", Sig::VFVFF_VF, D},
    Row{"smoothstep", "smoothstep", Sig::FFF_F, D},
    Row{"clamp", "clamp", Sig::SSS_S, D},
    Row{"abs", "abs", Sig::S_S, D},
    Row{"abs", "abs", Sig::V_V, D},
    Row{"sign", "sign", Sig::S_S, 0},
    Row{"sign", "sign", Sig::V_V, 0},
    Row{"min", "min", Sig::SS_S, D},
    Row{"min", "min", Sig::VV_V, D},
    Row{"min", "min", Sig::V_S, D},
    Row{"max", "max", Sig::SS_S, D},
    Row{"max", "max", Sig::VV_V, D},
    Row{"max", "max", Sig::V_S, D},
    // vectors
    Row{"dot", "dot", Sig::VV_S, D},
    Row{"cross", "cross", Sig::VF3_VF3, D},
    Row{"length", "length", Sig::VF_F, DR},
    Row{"length_sq", "length_sq", Sig::V_S, D},
    Row{"normalize", "normalize", Sig::VF_VF, DR},
    Row{"cw_mul", "cw_mul", Sig::VV_V, D},
    Row{"cw_div", "cw_div", Sig::VV_V, DR},
    // random numbers (warp/native/rand.h): no adjoints
    Row{"rand_init", "rand_init", Sig::I_U, 0},
    Row{"rand_init", "rand_init", Sig::II_U, 0},
    Row{"randf", "randf", Sig::U_F, 0},
    Row{"randf", "randf", Sig::UFF_F, 0},
    Row{"randi", "randi", Sig::U_I, 0},
    Row{"randi", "randi", Sig::UII_I, 0},
    Row{"randn", "randn", Sig::U_F, 0},
    Row{"randu", "randu", Sig::U_U, 0},
    Row{"randu", "randu", Sig::UUU_U, 0},
    Row{"poisson", "poisson", Sig::UF_U, 0},
    Row{"noise", "noise", Sig::UF_F, D},
    Row{"noise", "noise", Sig::UVF_F, D},
    Row{"sample_unit_disk", "sample_unit_disk", Sig::U_V2F, 0},
    Row{"sample_unit_square", "sample_unit_square", Sig::U_V2F, 0},
    Row{"sample_unit_sphere", "sample_unit_sphere", Sig::U_V3F, 0},
    Row{"sample_unit_sphere_surface", "sample_unit_sphere_surface", Sig::U_V3F, 0},
    Row{"sample_unit_hemisphere", "sample_unit_hemisphere", Sig::U_V3F, 0},
    Row{"sample_unit_cube", "sample_unit_cube", Sig::U_V3F, 0},
    Row{"bit_count", "bit_count", Sig::I_I32, 0},
    Row{"isnan", "isnan", Sig::VF_B, 0},
    Row{"isinf", "isinf", Sig::VF_B, 0},
    Row{"isfinite", "isfinite", Sig::VF_B, 0},
    Row{"cw_mul", "cw_mul", Sig::MM_M, D},
    Row{"cw_div", "cw_div", Sig::MM_M, DR},
    Row{"length_sq", "length_sq", Sig::Q_S, D},
    Row{"lerp", "lerp", Sig::QQS_Q, D},
    Row{"lerp", "lerp", Sig::TTS_T, D},
    Row{"lerp", "lerp", Sig::MMS_M, D},
    // matrices (float element types only, as in Warp)
    Row{"determinant", "determinant", Sig::M_S, D},
    Row{"trace", "trace", Sig::M_S, D},
    Row{"transpose", "transpose", Sig::M_MT, D},
    Row{"inverse", "inverse", Sig::M_M, DR},
    Row{"ddot", "ddot", Sig::MM_S, D},
    Row{"outer", "outer", Sig::VFVF_M, D},
    Row{"diag", "diag", Sig::VF_M, D},
    Row{"get_diag", "get_diag", Sig::M_V, D},
    Row{"add", "add", Sig::MM_M, D},
    Row{"sub", "sub", Sig::MM_M, D},
    Row{"mul", "mul", Sig::MMUL_M, D},
    Row{"mul", "mul", Sig::MV_V, D},
    Row{"mul", "mul", Sig::VM_V, D},
    Row{"mul", "mul", Sig::MS_M, D},
    Row{"mul", "mul", Sig::SM_M, D},
    Row{"div", "div", Sig::MS_M, D},
    Row{"div", "div", Sig::SM_M, D},
    Row{"neg", "neg", Sig::M_M, D},
    Row{"pos", "pos", Sig::M_M, D},
    // quaternions and transforms (float element types only)
    Row{"quat_inverse", "quat_inverse", Sig::Q_Q, D},
    Row{"quat_rotate", "quat_rotate", Sig::QV3_V3, D},
    Row{"quat_rotate_inv", "quat_rotate_inv", Sig::QV3_V3, D},
    Row{"quat_from_axis_angle", "quat_from_axis_angle", Sig::V3S_Q, D},
    Row{"quat_to_matrix", "quat_to_matrix", Sig::Q_M33, D},
    Row{"normalize", "normalize", Sig::Q_Q, D},
    Row{"length", "length", Sig::Q_S, DR},
    Row{"dot", "dot", Sig::QQ_S, D},
    Row{"add", "add", Sig::QQ_Q, D},
    Row{"sub", "sub", Sig::QQ_Q, D},
    Row{"mul", "mul", Sig::QQ_Q, D},
    Row{"mul", "mul", Sig::QS_Q, D},
    Row{"mul", "mul", Sig::SQ_Q, D},
    Row{"div", "div", Sig::QS_Q, D},
    Row{"neg", "neg", Sig::Q_Q, D},
    Row{"pos", "pos", Sig::Q_Q, D},
    Row{"transform_inverse", "transform_inverse", Sig::T_T, D},
    Row{"transform_point", "transform_point", Sig::TV3_V3, D},
    Row{"transform_vector", "transform_vector", Sig::TV3_V3, D},
    Row{"transform_get_translation", "transform_get_translation", Sig::T_V3, D},
    Row{"transform_get_rotation", "transform_get_rotation", Sig::T_Q, D},
    Row{"mul", "mul", Sig::TT_T, D},
    Row{"add", "add", Sig::TT_T, D},
    Row{"sub", "sub", Sig::TT_T, D},
    // operators (codegen.builtin_operators)
    Row{"add", "add", Sig::SS_S, D},
    Row{"add", "add", Sig::VV_V, D},
    Row{"sub", "sub", Sig::SS_S, D},
    Row{"sub", "sub", Sig::VV_V, D},
    Row{"mul", "mul", Sig::SS_S, D},
    Row{"mul", "mul", Sig::VS_V, D},
    Row{"mul", "mul", Sig::SV_V, D},
    Row{"div", "div", Sig::SS_S, DR},
    Row{"div", "div", Sig::VS_V, D},
    Row{"div", "div", Sig::SV_V, D},
    Row{"mod", "mod", Sig::SS_S, D},
    Row{"mod", "mod", Sig::VV_V, 0},
    Row{"floordiv", "floordiv", Sig::SS_S, 0},
    Row{"neg", "neg", Sig::S_S, D},
    Row{"neg", "neg", Sig::V_V, D},
    Row{"pos", "pos", Sig::S_S, D},
    Row{"pos", "pos", Sig::V_V, D},
    Row{"unot", "unot", Sig::BI_B, 0},
    Row{"bit_and", "bit_and", Sig::II_I, 0},
    Row{"bit_or", "bit_or", Sig::II_I, 0},
    Row{"bit_xor", "bit_xor", Sig::II_I, 0},
    Row{"lshift", "lshift", Sig::II_I, 0},
    Row{"rshift", "rshift", Sig::II_I, 0},
    Row{"invert", "invert", Sig::I_I, 0},
    // more math and geometry (warp/native/builtin.h, intersect.h, noise.h)
    Row{"erfcinv", "erfcinv", Sig::F_F, DR},
    Row{"rint", "rint", Sig::F_F, 0},
    Row{"div_approx", "approx_div", Sig::FF_F, DR},
    Row{"inverse_approx", "approx_inverse", Sig::MSQF_M, DR},
    Row{"argmin", "argmin", Sig::V_U32, 0},
    Row{"argmax", "argmax", Sig::V_U32, 0},
    Row{"skew", "skew", Sig::VF3_M33, D},
    Row{"matrix_from_cols", "matrix_from_cols", Sig::VECS_SQM, D | kTemplScalar},
    Row{"matrix_from_rows", "matrix_from_rows", Sig::VECS_SQM, D | kTemplScalar},
    Row{"quat_from_matrix", "quat_from_matrix", Sig::MF34_Q, D},
    Row{"quat_rpy", "quat_rpy", Sig::FFF_Q, D},
    Row{"quat_slerp", "quat_slerp", Sig::QQS_Q, DR},
    Row{"transform_multiply", "transform_multiply", Sig::TT_T, D},
    Row{"transform_point", "transform_point", Sig::M44V3_V3, D},
    Row{"transform_vector", "transform_vector", Sig::M44V3_V3, D},
    Row{"spatial_dot", "spatial_dot", Sig::SP_S, D},
    Row{"spatial_cross", "spatial_cross", Sig::SPSP_SP, D},
    Row{"spatial_cross_dual", "spatial_cross_dual", Sig::SPSP_SP, D},
    Row{"spatial_top", "spatial_top", Sig::SP_V3, D},
    Row{"spatial_bottom", "spatial_bottom", Sig::SP_V3, D},
    Row{"closest_point_edge_edge", "closest_point_edge_edge", Sig::EDGE_V3F, D},
    Row{"intersect_tri_tri", "intersect_tri_tri", Sig::V3X6_I32, 0},
    Row{"sample_unit_hemisphere_surface", "sample_unit_hemisphere_surface", Sig::U_V3F, 0},
    Row{"sample_unit_ring", "sample_unit_ring", Sig::U_V2F, 0},
    Row{"sample_triangle", "sample_triangle", Sig::U_V2F, 0},
    Row{"pnoise", "pnoise", Sig::UFI_F, D},
    Row{"curlnoise", "curlnoise", Sig::CURL_V2F, D},
    // scalar casts: the key names the target type
    Row{"float", "float", Sig::Cast, D},
    Row{"int", "int", Sig::Cast, 0},
    Row{"float16", "float16", Sig::Cast, D},
    Row{"float32", "float32", Sig::Cast, D},
    Row{"float64", "float64", Sig::Cast, D},
    Row{"int8", "int8", Sig::Cast, 0},
    Row{"int16", "int16", Sig::Cast, 0},
    Row{"int32", "int32", Sig::Cast, 0},
    Row{"int64", "int64", Sig::Cast, 0},
    Row{"uint8", "uint8", Sig::Cast, 0},
    Row{"uint16", "uint16", Sig::Cast, 0},
    Row{"uint32", "uint32", Sig::Cast, 0},
    Row{"uint64", "uint64", Sig::Cast, 0},
};

bool same(const Type& a, const Type& b) {
  return a == b;
}
bool vec_scalar(const Type& v, const Type& s) {
  return v.is_vector() && s.is_scalar() && v.scalar == s.scalar;
}
bool float_vec(const Type& v) {
  return v.is_vector() && types::is_float_scalar(v.scalar);
}
bool vec3_of(const Type& v, Scalar s) {
  return v.is_vector() && v.rows == 3 && v.scalar == s;
}
bool square(const Type& m) {
  return m.is_matrix() && m.rows == m.cols && m.rows >= 2 && m.rows <= 4;
}

std::optional<Type> match(const Row& r, std::span<const Type> a) {
  auto n = a.size();
  const Type i32 = Type::scalar_of(Scalar::Int32);
  const Type u32 = Type::scalar_of(Scalar::UInt32);
  const Type f32 = Type::scalar_of(Scalar::Float32);
  switch (r.sig) {
    case Sig::F_F:
      if (n == 1 && a[0].is_float()) return a[0];
      break;
    case Sig::S_S:
      if (n == 1 && a[0].is_scalar()) return a[0];
      break;
    case Sig::V_V:
      if (n == 1 && a[0].is_vector()) return a[0];
      break;
    case Sig::I_I:
      if (n == 1 && a[0].is_int()) return a[0];
      break;
    case Sig::BI_B:
      if (n == 1 && (a[0].is_bool() || a[0].is_int())) return Type::scalar_of(Scalar::Bool);
      break;
    case Sig::FF_F:
      if (n == 2 && a[0].is_float() && same(a[0], a[1])) return a[0];
      break;
    case Sig::SS_S:
      if (n == 2 && a[0].is_scalar() && same(a[0], a[1])) return a[0];
      break;
    case Sig::II_I:
      if (n == 2 && a[0].is_int() && same(a[0], a[1])) return a[0];
      break;
    case Sig::VV_V:
      if (n == 2 && a[0].is_vector() && same(a[0], a[1])) return a[0];
      break;
    case Sig::VV_S:
      if (n == 2 && a[0].is_vector() && same(a[0], a[1])) return Type::scalar_of(a[0].scalar);
      break;
    case Sig::VF3_VF3:
      if (n == 2 && a[0].is_vector() && a[0].rows == 3 && same(a[0], a[1])) return a[0];
      break;
    case Sig::VS_V:
      if (n == 2 && vec_scalar(a[0], a[1])) return a[0];
      break;
    case Sig::SV_V:
      if (n == 2 && vec_scalar(a[1], a[0])) return a[1];
      break;
    case Sig::VF_F:
      if (n == 1 && float_vec(a[0])) return Type::scalar_of(a[0].scalar);
      break;
    case Sig::V_S:
      if (n == 1 && a[0].is_vector()) return Type::scalar_of(a[0].scalar);
      break;
    case Sig::VF_VF:
      if (n == 1 && float_vec(a[0])) return a[0];
      break;
    case Sig::FFF_F:
      if (n == 3 && a[0].is_float() && same(a[0], a[1]) && same(a[0], a[2])) return a[0];
      break;
    case Sig::SSS_S:
      if (n == 3 && a[0].is_scalar() && same(a[0], a[1]) && same(a[0], a[2])) return a[0];
      break;
    case Sig::VFVFF_VF:
      if (n == 3 && float_vec(a[0]) && same(a[0], a[1]) && vec_scalar(a[0], a[2])) return a[0];
      break;
    case Sig::F_B:
      if (n == 1 && a[0].is_float()) return Type::scalar_of(Scalar::Bool);
      break;
    case Sig::I_U:
      if (n == 1 && a[0] == i32) return u32;
      break;
    case Sig::II_U:
      if (n == 2 && a[0] == i32 && a[1] == i32) return u32;
      break;
    case Sig::U_F:
      if (n == 1 && a[0] == u32) return f32;
      break;
    case Sig::UFF_F:
      if (n == 3 && a[0] == u32 && a[1] == f32 && a[2] == f32) return f32;
      break;
    case Sig::U_I:
      if (n == 1 && a[0] == u32) return i32;
      break;
    case Sig::UII_I:
      if (n == 3 && a[0] == u32 && a[1] == i32 && a[2] == i32) return i32;
      break;
    case Sig::M_S:
      if (n == 1 && square(a[0])) return Type::scalar_of(a[0].scalar);
      break;
    case Sig::M_M:
      if (n == 1 && a[0].is_matrix() && (r.key == "neg" || r.key == "pos" || square(a[0]))) return a[0];
      break;
    case Sig::M_MT:
      if (n == 1 && a[0].is_matrix()) return Type::matrix_of(a[0].cols, a[0].rows, a[0].scalar);
      break;
    case Sig::MM_M:
      if (n == 2 && a[0].is_matrix() && same(a[0], a[1])) return a[0];
      break;
    case Sig::MM_S:
      if (n == 2 && a[0].is_matrix() && same(a[0], a[1])) return Type::scalar_of(a[0].scalar);
      break;
    case Sig::MMUL_M:
      if (n == 2 && a[0].is_matrix() && a[1].is_matrix() && a[0].scalar == a[1].scalar && a[0].cols == a[1].rows)
        return Type::matrix_of(a[0].rows, a[1].cols, a[0].scalar);
      break;
    case Sig::MV_V:
      if (n == 2 && a[0].is_matrix() && a[1].is_vector() && a[0].scalar == a[1].scalar && a[0].cols == a[1].rows)
        return Type::vector_of(a[0].rows, a[0].scalar);
      break;
    case Sig::VM_V:
      if (n == 2 && a[0].is_vector() && a[1].is_matrix() && a[0].scalar == a[1].scalar && a[1].rows == a[0].rows)
        return Type::vector_of(a[1].cols, a[0].scalar);
      break;
    case Sig::MS_M:
      if (n == 2 && a[0].is_matrix() && a[1].is_scalar() && a[0].scalar == a[1].scalar) return a[0];
      break;
    case Sig::SM_M:
      if (n == 2 && a[1].is_matrix() && a[0].is_scalar() && a[0].scalar == a[1].scalar) return a[1];
      break;
    case Sig::VFVF_M:
      if (n == 2 && float_vec(a[0]) && same(a[0], a[1])) return Type::matrix_of(a[0].rows, a[0].rows, a[0].scalar);
      break;
    case Sig::VF_M:
      if (n == 1 && float_vec(a[0])) return Type::matrix_of(a[0].rows, a[0].rows, a[0].scalar);
      break;
    case Sig::M_V:
      if (n == 1 && square(a[0])) return Type::vector_of(a[0].rows, a[0].scalar);
      break;
    case Sig::Q_Q:
      if (n == 1 && a[0].is_quat()) return a[0];
      break;
    case Sig::Q_S:
      if (n == 1 && a[0].is_quat()) return Type::scalar_of(a[0].scalar);
      break;
    case Sig::QQ_Q:
      if (n == 2 && a[0].is_quat() && same(a[0], a[1])) return a[0];
      break;
    case Sig::QQ_S:
      if (n == 2 && a[0].is_quat() && same(a[0], a[1])) return Type::scalar_of(a[0].scalar);
      break;
    case Sig::QS_Q:
      if (n == 2 && a[0].is_quat() && a[1].is_scalar() && a[0].scalar == a[1].scalar) return a[0];
      break;
    case Sig::SQ_Q:
      if (n == 2 && a[1].is_quat() && a[0].is_scalar() && a[0].scalar == a[1].scalar) return a[1];
      break;
    case Sig::QV3_V3:
      if (n == 2 && a[0].is_quat() && vec3_of(a[1], a[0].scalar)) return a[1];
      break;
    case Sig::V3S_Q:
      if (n == 2 && float_vec(a[0]) && vec3_of(a[0], a[0].scalar) && a[1] == Type::scalar_of(a[0].scalar))
        return Type::quat_of(a[0].scalar);
      break;
    case Sig::Q_M33:
      if (n == 1 && a[0].is_quat()) return Type::matrix_of(3, 3, a[0].scalar);
      break;
    case Sig::T_T:
      if (n == 1 && a[0].is_transform()) return a[0];
      break;
    case Sig::TT_T:
      if (n == 2 && a[0].is_transform() && same(a[0], a[1])) return a[0];
      break;
    case Sig::TV3_V3:
      if (n == 2 && a[0].is_transform() && vec3_of(a[1], a[0].scalar)) return a[1];
      break;
    case Sig::T_V3:
      if (n == 1 && a[0].is_transform()) return Type::vector_of(3, a[0].scalar);
      break;
    case Sig::T_Q:
      if (n == 1 && a[0].is_transform()) return Type::quat_of(a[0].scalar);
      break;
    case Sig::U_V2F:
      if (n == 1 && a[0] == u32) return Type::vector_of(2, Scalar::Float32);
      break;
    case Sig::U_V3F:
      if (n == 1 && a[0] == u32) return Type::vector_of(3, Scalar::Float32);
      break;
    case Sig::U_U:
      if (n == 1 && a[0] == u32) return u32;
      break;
    case Sig::UUU_U:
      if (n == 3 && a[0] == u32 && a[1] == u32 && a[2] == u32) return u32;
      break;
    case Sig::UF_U:
      if (n == 2 && a[0] == u32 && a[1] == f32) return u32;
      break;
    case Sig::UF_F:
      if (n == 2 && a[0] == u32 && a[1] == f32) return f32;
      break;
    case Sig::UVF_F:
      if (n == 2 && a[0] == u32 && a[1].is_vector() && a[1].scalar == Scalar::Float32) return f32;
      break;
    case Sig::I_I32:
      if (n == 1 && a[0].is_int()) return i32;
      break;
    case Sig::VF_B:
      if (n == 1 && float_vec(a[0])) return Type::scalar_of(Scalar::Bool);
      break;
    case Sig::QQS_Q:
      if (n == 3 && a[0].is_quat() && same(a[0], a[1]) && a[2] == Type::scalar_of(a[0].scalar)) return a[0];
      break;
    case Sig::TTS_T:
      if (n == 3 && a[0].is_transform() && same(a[0], a[1]) && a[2] == Type::scalar_of(a[0].scalar)) return a[0];
      break;
    case Sig::MMS_M:
      if (n == 3 && a[0].is_matrix() && types::is_float_scalar(a[0].scalar) && same(a[0], a[1]) &&
          a[2] == Type::scalar_of(a[0].scalar))
        return a[0];
      break;
    case Sig::V_U32:
      if (n == 1 && a[0].is_vector()) return u32;
      break;
    case Sig::VF3_M33:
      if (n == 1 && float_vec(a[0]) && a[0].rows == 3) return Type::matrix_of(3, 3, a[0].scalar);
      break;
    case Sig::MF34_Q:
      if (n == 1 && square(a[0]) && a[0].rows >= 3 && types::is_float_scalar(a[0].scalar))
        return Type::quat_of(a[0].scalar);
      break;
    case Sig::FFF_Q:
      if (n == 3 && a[0].is_float() && same(a[0], a[1]) && same(a[0], a[2])) return Type::quat_of(a[0].scalar);
      break;
    case Sig::M44V3_V3:
      if (n == 2 && a[0].is_matrix() && a[0].rows == 4 && a[0].cols == 4 && types::is_float_scalar(a[0].scalar) &&
          vec3_of(a[1], a[0].scalar))
        return a[1];
      break;
    case Sig::SP_S:
      if (n == 2 && float_vec(a[0]) && a[0].rows == 6 && same(a[0], a[1])) return Type::scalar_of(a[0].scalar);
      break;
    case Sig::SPSP_SP:
      if (n == 2 && float_vec(a[0]) && a[0].rows == 6 && same(a[0], a[1])) return a[0];
      break;
    case Sig::SP_V3:
      if (n == 1 && float_vec(a[0]) && a[0].rows == 6) return Type::vector_of(3, a[0].scalar);
      break;
    case Sig::VECS_SQM: {
      if (n < 2 || n > 4 || !a[0].is_vector() || a[0].rows != n) break;
      bool all_same = true;
      for (const Type& t : a) all_same = all_same && same(t, a[0]);
      if (all_same) return Type::matrix_of(static_cast<int>(n), static_cast<int>(n), a[0].scalar);
      break;
    }
    case Sig::MSQF_M:
      if (n == 1 && square(a[0]) && types::is_float_scalar(a[0].scalar)) return a[0];
      break;
    case Sig::EDGE_V3F: {
      const Type v3f = Type::vector_of(3, Scalar::Float32);
      if (n == 5 && a[0] == v3f && a[1] == v3f && a[2] == v3f && a[3] == v3f && a[4] == f32) return v3f;
      break;
    }
    case Sig::V3X6_I32: {
      if (n != 6 || !(vec3_of(a[0], Scalar::Float32) || vec3_of(a[0], Scalar::Float64))) break;
      bool all_same = true;
      for (const Type& t : a) all_same = all_same && same(t, a[0]);
      if (all_same) return i32;
      break;
    }
    case Sig::UFI_F:
      if (n == 3 && a[0] == u32 && a[1] == f32 && a[2] == i32) return f32;
      break;
    case Sig::CURL_V2F: {
      const Type v2f = Type::vector_of(2, Scalar::Float32);
      if (n == 5 && a[0] == u32 && a[1] == v2f && a[2] == u32 && a[3] == f32 && a[4] == f32) return v2f;
      break;
    }
    case Sig::Cast:
      if (n == 1 && a[0].is_scalar()) {
        bool builtin_name = r.key == "float" || r.key == "int";
        return types::lookup_type_name(r.key, builtin_name);
      }
      break;
  }
  return std::nullopt;
}

}  // namespace

namespace {

// The rows of each key, in table order (the order overloads are tried in).
const std::vector<const Row*>* rows_of(std::string_view key) {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::vector<const Row*>> m;
    for (const Row& r : kRows) m[r.key].push_back(&r);
    return m;
  }();
  auto it = index.find(key);
  return it == index.end() ? nullptr : &it->second;
}

}  // namespace

std::optional<Resolved> resolve(std::string_view key, std::span<const Type> args) {
  if (const auto* rows = rows_of(key)) {
    for (const Row* r : *rows) {
      if (auto t = match(*r, args)) return Resolved{r, *t};
    }
  }
  return std::nullopt;
}

bool has_key(std::string_view key) {
  return rows_of(key) != nullptr;
}

}  // namespace ws::builtins
