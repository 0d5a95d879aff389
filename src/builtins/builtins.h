// Warp builtins as a data table, mirroring warp/_src/builtins.py. Each row is one overload family: the
// Python key, the C++ function, the argument shape it accepts and the flags that change emitted code
// (is_differentiable, require_original_output_arg, skip_replay). Adding a builtin is adding a row;
// anything without a row is declined by the caller.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "types/type.h"

namespace ws::builtins {

enum Flag : uint8_t {
  kDiff = 1,         // has an adjoint: a reverse call is emitted
  kReqOut = 2,       // the adjoint takes the forward output too
  kSkipReplay = 4,   // side effect: the backward pass replays it commented out
  kTemplScalar = 8,  // dispatch_func passes the result's scalar as the only template argument:
                     // wp::matrix_from_cols<wp::float32>(...) forward, plain adj_ name backward
};

// Argument shapes. S = non-bool scalar, F = float scalar, I = integer scalar, V = vector,
// VF = float vector, B = bool. Repeated letters must be the same type; "VS" means the scalar
// matches the vector's element type.
enum class Sig : uint8_t {
  F_F,       // sin(x)
  S_S,       // abs(x) on scalars
  V_V,       // abs(v), neg(v)
  I_I,       // invert(x)
  BI_B,      // unot(x): bool or integer -> bool
  FF_F,      // atan2, pow
  SS_S,      // add, min, mod on scalars
  II_I,      // bit_and, lshift
  VV_V,      // add, min on vectors
  VV_S,      // dot
  VF3_VF3,   // cross on vec3 of any scalar (Warp: vector(length=3, dtype=Scalar))
  VS_V,      // mul(v, s), div(v, s)
  SV_V,      // mul(s, v), div(s, v)
  VF_F,      // length(v)
  V_S,       // length_sq(v), min(v)
  VF_VF,     // normalize(v)
  FFF_F,     // lerp, smoothstep
  SSS_S,     // clamp
  VFVFF_VF,  // lerp(v, v, t)
  F_B,       // isnan(x)
  I_U,       // rand_init(seed)
  II_U,      // rand_init(seed, offset)
  U_F,       // randf(state), randn(state)
  UFF_F,     // randf(state, low, high)
  U_I,       // randi(state)
  UII_I,     // randi(state, low, high)
  M_S,       // determinant(m), trace(m)
  M_M,       // neg(m), inverse(m)
  M_MT,      // transpose(m)
  MM_M,      // add(m, m)
  MM_S,      // ddot(m, m)
  MMUL_M,    // mul(m, m) with matching inner dimension
  MV_V,      // mul(m, v)
  VM_V,      // mul(v, m)
  MS_M,      // mul(m, s), div(m, s)
  SM_M,      // mul(s, m), div(s, m)
  VFVF_M,    // outer(v, v)
  VF_M,      // diag(v)
  M_V,       // get_diag(m)
  Q_Q,       // neg(q), quat_inverse(q), normalize(q)
  Q_S,       // length(q)
  QQ_Q,      // add(q, q), mul(q, q)
  QQ_S,      // dot(q, q)
  QS_Q,      // mul(q, s), div(q, s)
  SQ_Q,      // mul(s, q)
  QV3_V3,    // quat_rotate(q, v)
  V3S_Q,     // quat_from_axis_angle(axis, angle)
  Q_M33,     // quat_to_matrix(q)
  T_T,       // transform_inverse(t)
  TT_T,      // mul(t, t)
  TV3_V3,    // transform_point(t, p)
  T_V3,      // transform_get_translation(t)
  T_Q,       // transform_get_rotation(t)
  U_V2F,     // sample_unit_disk(state)
  U_V3F,     // sample_unit_sphere(state)
  U_U,       // randu(state)
  UUU_U,     // randu(state, low, high)
  UF_U,      // poisson(state, lam)
  UF_F,      // noise(state, x)
  UVF_F,     // noise(state, vec2/3/4 of float32)
  I_I32,     // bit_count(x)
  VF_B,      // isnan(v)
  QQS_Q,     // lerp(q, q, t)
  TTS_T,     // lerp(t, t, s)
  MMS_M,     // lerp(m, m, s) on float matrices
  V_U32,     // argmin(v), argmax(v): any vector -> uint32
  VF3_M33,   // skew(v) on float vec3
  MF34_Q,    // quat_from_matrix(m) on float mat33 / mat44
  FFF_Q,     // quat_rpy(roll, pitch, yaw)
  M44V3_V3,  // transform_point(m, p), transform_vector(m, v) with a float mat44
  SP_S,      // spatial_dot(a, b) on float 6-vectors
  SPSP_SP,   // spatial_cross(a, b), spatial_cross_dual(a, b)
  SP_V3,     // spatial_top(a), spatial_bottom(a)
  VECS_SQM,  // matrix_from_cols/rows(v0, .., vn-1) with n == len(v) in 2..4 (square: no initializer list)
  MSQF_M,    // inverse_approx(m) on float mat22/33/44
  EDGE_V3F,  // closest_point_edge_edge(p1, q1, p2, q2, eps): vec3f x4, float32 -> vec3f
  V3X6_I32,  // intersect_tri_tri(v0..u2): six vec3f or six vec3d -> int32
  UFI_F,     // pnoise(state, x, px)
  CURL_V2F,  // curlnoise(state, xy, octaves, lacunarity, gain) on vec2f, all arguments given
  Cast,      // scalar -> the key's scalar type (float32(x), int(x), ...)
};

struct Row {
  std::string_view key;     // Python name, e.g. "sin", "add", "float32"
  std::string_view native;  // C++ name in namespace wp::
  Sig sig;
  uint8_t flags;
};

struct Resolved {
  const Row* row;
  types::Type result;
};

// Finds the overload of `key` matching `args` exactly (after treating Python float/int as
// float32/int32). nullopt when the key is unknown or no row accepts the arguments.
std::optional<Resolved> resolve(std::string_view key, std::span<const types::Type> args);

// Whether the table knows `key` at all (used to tell "unsupported builtin" from "bad arguments").
bool has_key(std::string_view key);

}  // namespace ws::builtins
