#include "lang/builtins.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>
#include <vector>

#include "core/small_vector.h"
#include "lang/atomics.h"

namespace ws::lang {
namespace {

using C = TClass;
using enum Pat;

constexpr uint8_t D = kDiff;
constexpr uint8_t DR = kDiff | kReqOut;
constexpr uint8_t DT = kDiff | kTemplScalar;
constexpr double kInf = std::numeric_limits<double>::infinity();  // math.inf

// Verified against Warp 1.19.0's builtin_functions (native_func, is_differentiable,
// require_original_output_arg) for the signatures listed; other overloads of these keys are declined.
// Warp declares add, sub, neg and pos once per shape; they share flags and the C++ name, so one row per
// key covers every shape here (what the generator's + and unary - range over).
// A plain array: deducing std::array's size from this many rows exceeds clang's fold-expression limit.
// clang-format off
constexpr Row kRows[] = {
    // math, float -> float
    Row{"sin", "sin", {C::FloatScalar, T, {T}}, D},
    Row{"cos", "cos", {C::FloatScalar, T, {T}}, D},
    Row{"tan", "tan", {C::FloatScalar, T, {T}}, D},
    Row{"asin", "asin", {C::FloatScalar, T, {T}}, D},
    Row{"acos", "acos", {C::FloatScalar, T, {T}}, D},
    Row{"atan", "atan", {C::FloatScalar, T, {T}}, D},
    Row{"sinh", "sinh", {C::FloatScalar, T, {T}}, D},
    Row{"cosh", "cosh", {C::FloatScalar, T, {T}}, D},
    Row{"tanh", "tanh", {C::FloatScalar, T, {T}}, DR},
    Row{"exp", "exp", {C::FloatScalar, T, {T}}, DR},
    Row{"log", "log", {C::FloatScalar, T, {T}}, D},
    Row{"log2", "log2", {C::FloatScalar, T, {T}}, D},
    Row{"log10", "log10", {C::FloatScalar, T, {T}}, D},
    Row{"sqrt", "sqrt", {C::FloatScalar, T, {T}}, DR},
    Row{"cbrt", "cbrt", {C::FloatScalar, T, {T}}, DR},
    Row{"floor", "floor", {C::FloatScalar, T, {T}}, 0},
    Row{"ceil", "ceil", {C::FloatScalar, T, {T}}, 0},
    Row{"round", "round", {C::FloatScalar, T, {T}}, 0},
    Row{"trunc", "trunc", {C::FloatScalar, T, {T}}, 0},
    Row{"frac", "frac", {C::FloatScalar, T, {T}}, 0},
    Row{"degrees", "degrees", {C::FloatScalar, T, {T}}, D},
    Row{"radians", "radians", {C::FloatScalar, T, {T}}, D},
    Row{"erf", "erf", {C::FloatScalar, T, {T}}, D},
    Row{"erfc", "erfc", {C::FloatScalar, T, {T}}, D},
    Row{"erfinv", "erfinv", {C::FloatScalar, T, {T}}, DR},
    Row{"isnan", "isnan", {C::FloatScalar, Bool, {T}}, 0},
    Row{"isinf", "isinf", {C::FloatScalar, Bool, {T}}, 0},
    Row{"isfinite", "isfinite", {C::FloatScalar, Bool, {T}}, 0},
    Row{"step", "step", {C::NumScalar, T, {T}}, 0},
    Row{"nonzero", "nonzero", {C::NumScalar, T, {T}}, 0},
    Row{"atan2", "atan2", {C::FloatScalar, T, {T, T}}, D},
    Row{"copysign", "copysign", {C::FloatScalar, T, {T, T}}, D},
    Row{"pow", "pow", {C::FloatScalar, T, {T, T}}, DR},
    Row{"lerp", "lerp", {C::FloatScalar, T, {T, T, T}}, D},
    Row{"lerp", "lerp", {C::FloatVec, T, {T, T, S}}, D},
    Row{"smoothstep", "smoothstep", {C::FloatScalar, T, {T, T, T}}, D},
    Row{"clamp", "clamp", {C::NumScalar, T, {T, T, T}}, D},
    Row{"abs", "abs", {C::NumScalar, T, {T}}, D},
    Row{"abs", "abs", {C::Vec, T, {T}}, D},
    Row{"sign", "sign", {C::NumScalar, T, {T}}, 0},
    Row{"sign", "sign", {C::Vec, T, {T}}, 0},
    Row{"min", "min", {C::NumScalar, T, {T, T}}, D},
    Row{"min", "min", {C::Vec, T, {T, T}}, D},
    Row{"min", "min", {C::Vec, S, {T}}, D},
    Row{"max", "max", {C::NumScalar, T, {T, T}}, D},
    Row{"max", "max", {C::Vec, T, {T, T}}, D},
    Row{"max", "max", {C::Vec, S, {T}}, D},
    // vectors
    Row{"dot", "dot", {C::Vec, S, {T, T}}, D},
    Row{"cross", "cross", {C::Vec3, T, {T, T}}, D},
    Row{"length", "length", {C::FloatVec, S, {T}}, DR},
    Row{"length_sq", "length_sq", {C::Vec, S, {T}}, D},
    Row{"normalize", "normalize", {C::FloatVec, T, {T}}, DR},
    Row{"cw_mul", "cw_mul", {C::Vec, T, {T, T}}, D},
    Row{"cw_div", "cw_div", {C::Vec, T, {T, T}}, DR},
    // random numbers (warp/native/rand.h): no adjoints
    Row{"rand_init", "rand_init", {C::Float32, UInt32, {Int32}}, 0},
    Row{"rand_init", "rand_init", {C::Float32, UInt32, {Int32, Int32}}, 0},
    Row{"randf", "randf", {C::Float32, T, {Rng}}, 0},
    Row{"randf", "randf", {C::Float32, T, {Rng, T, T}}, 0},
    Row{"randi", "randi", {C::Float32, Int32, {Rng}}, 0},
    Row{"randi", "randi", {C::Float32, Int32, {Rng, Int32, Int32}}, 0},
    Row{"randn", "randn", {C::Float32, T, {Rng}}, 0},
    Row{"randu", "randu", {C::Float32, UInt32, {Rng}}, 0},
    Row{"randu", "randu", {C::Float32, UInt32, {Rng, UInt32, UInt32}}, 0},
    Row{"poisson", "poisson", {C::Float32, UInt32, {Rng, T}}, 0},
    Row{"noise", "noise", {C::Float32, T, {Rng, T}}, D},
    Row{"noise", "noise", {C::Float32Vec, Float32, {Rng, T}}, D},
    Row{"sample_unit_disk", "sample_unit_disk", {C::Float32, Vec2, {Rng}}, 0},
    Row{"sample_unit_square", "sample_unit_square", {C::Float32, Vec2, {Rng}}, 0},
    Row{"sample_unit_sphere", "sample_unit_sphere", {C::Float32, Vec3, {Rng}}, 0},
    Row{"sample_unit_sphere_surface", "sample_unit_sphere_surface", {C::Float32, Vec3, {Rng}}, 0},
    Row{"sample_unit_hemisphere", "sample_unit_hemisphere", {C::Float32, Vec3, {Rng}}, 0},
    Row{"sample_unit_cube", "sample_unit_cube", {C::Float32, Vec3, {Rng}}, 0},
    Row{"bit_count", "bit_count", {C::IntScalar, Int32, {T}}, 0},
    Row{"isnan", "isnan", {C::FloatVec, Bool, {T}}, 0},
    Row{"isinf", "isinf", {C::FloatVec, Bool, {T}}, 0},
    Row{"isfinite", "isfinite", {C::FloatVec, Bool, {T}}, 0},
    Row{"cw_mul", "cw_mul", {C::Mat, T, {T, T}}, D},
    Row{"cw_div", "cw_div", {C::Mat, T, {T, T}}, DR},
    Row{"length_sq", "length_sq", {C::Quat, S, {T}}, D},
    Row{"lerp", "lerp", {C::Quat, T, {T, T, S}}, D},
    Row{"lerp", "lerp", {C::Transform, T, {T, T, S}}, D},
    Row{"lerp", "lerp", {C::FloatMat, T, {T, T, S}}, D},
    // matrices (float element types only, as in Warp)
    Row{"determinant", "determinant", {C::SqMat, S, {T}}, D},
    Row{"trace", "trace", {C::SqMat, S, {T}}, D},
    Row{"transpose", "transpose", {C::Mat, Transposed, {T}}, D},
    Row{"inverse", "inverse", {C::SqMat, T, {T}}, DR},
    Row{"ddot", "ddot", {C::Mat, S, {T, T}}, D},
    Row{"outer", "outer", {C::FloatVec, SqMat, {T, T}}, D},
    Row{"diag", "diag", {C::FloatVec, SqMat, {T}}, D},
    Row{"get_diag", "get_diag", {C::SqMat, RowVec, {T}}, D},
    Row{"mul", "mul", {C::Mat, MatProduct, {T, MatRhs}}, D},
    Row{"mul", "mul", {C::Mat, RowVec, {T, ColVec}}, D},
    Row{"mul", "mul", {C::Mat, ColVec, {RowVec, T}}, D},
    Row{"mul", "mul", {C::Mat, T, {T, S}}, D},
    Row{"mul", "mul", {C::Mat, T, {S, T}}, D},
    Row{"div", "div", {C::Mat, T, {T, S}}, D},
    Row{"div", "div", {C::Mat, T, {S, T}}, D},
    // quaternions and transforms (float element types only)
    Row{"quat_inverse", "quat_inverse", {C::Quat, T, {T}}, D},
    Row{"quat_rotate", "quat_rotate", {C::Quat, Vec3S, {T, Vec3S}}, D},
    Row{"quat_rotate_inv", "quat_rotate_inv", {C::Quat, Vec3S, {T, Vec3S}}, D},
    Row{"quat_from_axis_angle", "quat_from_axis_angle", {C::Quat, T, {Vec3S, S}}, D},
    Row{"quat_to_matrix", "quat_to_matrix", {C::Quat, Mat33S, {T}}, D},
    Row{"normalize", "normalize", {C::Quat, T, {T}}, D},
    Row{"length", "length", {C::Quat, S, {T}}, DR},
    Row{"dot", "dot", {C::Quat, S, {T, T}}, D},
    Row{"mul", "mul", {C::Quat, T, {T, T}}, D},
    Row{"mul", "mul", {C::Quat, T, {T, S}}, D},
    Row{"mul", "mul", {C::Quat, T, {S, T}}, D},
    Row{"div", "div", {C::Quat, T, {T, S}}, D},
    Row{"transform_inverse", "transform_inverse", {C::Transform, T, {T}}, D},
    Row{"transform_point", "transform_point", {C::Transform, Vec3S, {T, Vec3S}}, D},
    Row{"transform_vector", "transform_vector", {C::Transform, Vec3S, {T, Vec3S}}, D},
    Row{"transform_get_translation", "transform_get_translation", {C::Transform, Vec3S, {T}}, D},
    Row{"transform_get_rotation", "transform_get_rotation", {C::Transform, QuatS, {T}}, D},
    Row{"mul", "mul", {C::Transform, T, {T, T}}, D},
    // operators (codegen.builtin_operators)
    Row{"add", "add", {C::Additive, T, {T, T}}, D},
    Row{"sub", "sub", {C::Additive, T, {T, T}}, D},
    Row{"neg", "neg", {C::Unary, T, {T}}, D},
    Row{"pos", "pos", {C::Unary, T, {T}}, D},
    Row{"mul", "mul", {C::NumScalar, T, {T, T}}, D},
    Row{"mul", "mul", {C::Vec, T, {T, S}}, D},
    Row{"mul", "mul", {C::Vec, T, {S, T}}, D},
    Row{"div", "div", {C::NumScalar, T, {T, T}}, DR},
    Row{"div", "div", {C::Vec, T, {T, S}}, D},
    Row{"div", "div", {C::Vec, T, {S, T}}, D},
    Row{"mod", "mod", {C::NumScalar, T, {T, T}}, D},
    Row{"mod", "mod", {C::Vec, T, {T, T}}, 0},
    Row{"floordiv", "floordiv", {C::NumScalar, T, {T, T}}, 0},
    Row{"unot", "unot", {C::BoolOrInt, Bool, {T}}, 0},
    Row{"unot", "unot", {C::Array, Bool, {T}}, 0},  // `not arr`: true for a null array
    Row{"bit_and", "bit_and", {C::IntScalar, T, {T, T}}, 0},
    Row{"bit_or", "bit_or", {C::IntScalar, T, {T, T}}, 0},
    Row{"bit_xor", "bit_xor", {C::IntScalar, T, {T, T}}, 0},
    Row{"lshift", "lshift", {C::IntScalar, T, {T, T}}, 0},
    Row{"rshift", "rshift", {C::IntScalar, T, {T, T}}, 0},
    Row{"invert", "invert", {C::IntScalar, T, {T}}, 0},
    // more math and geometry (warp/native/builtin.h, intersect.h, noise.h)
    Row{"erfcinv", "erfcinv", {C::FloatScalar, T, {T}}, DR},
    Row{"rint", "rint", {C::FloatScalar, T, {T}}, 0},
    Row{"div_approx", "approx_div", {C::FloatScalar, T, {T, T}}, DR},
    Row{"inverse_approx", "approx_inverse", {C::FloatSqMat, T, {T}}, DR},
    Row{"argmin", "argmin", {C::Vec, UInt32, {T}}, 0},
    Row{"argmax", "argmax", {C::Vec, UInt32, {T}}, 0},
    Row{"skew", "skew", {C::FloatVec3, Mat33S, {T}}, D},
    Row{"matrix_from_cols", "matrix_from_cols", {C::Mat2, T, {RowVec, RowVec}}, DT},
    Row{"matrix_from_cols", "matrix_from_cols", {C::Mat3, T, {RowVec, RowVec, RowVec}}, DT},
    Row{"matrix_from_cols", "matrix_from_cols", {C::Mat4, T, {RowVec, RowVec, RowVec, RowVec}}, DT},
    Row{"matrix_from_rows", "matrix_from_rows", {C::Mat2, T, {RowVec, RowVec}}, DT},
    Row{"matrix_from_rows", "matrix_from_rows", {C::Mat3, T, {RowVec, RowVec, RowVec}}, DT},
    Row{"matrix_from_rows", "matrix_from_rows", {C::Mat4, T, {RowVec, RowVec, RowVec, RowVec}}, DT},
    Row{"quat_from_matrix", "quat_from_matrix", {C::Quat, T, {Mat33S}}, D},
    Row{"quat_from_matrix", "quat_from_matrix", {C::FloatMat44, QuatS, {T}}, D},
    Row{"quat_rpy", "quat_rpy", {C::Quat, T, {S, S, S}}, D},
    Row{"quat_slerp", "quat_slerp", {C::Quat, T, {T, T, S}}, DR},
    Row{"transform_multiply", "transform_multiply", {C::Transform, T, {T, T}}, D},
    Row{"transform_point", "transform_point", {C::FloatMat44, Vec3S, {T, Vec3S}}, D},
    Row{"transform_vector", "transform_vector", {C::FloatMat44, Vec3S, {T, Vec3S}}, D},
    Row{"spatial_dot", "spatial_dot", {C::Spatial, S, {T, T}}, D},
    Row{"spatial_cross", "spatial_cross", {C::Spatial, T, {T, T}}, D},
    Row{"spatial_cross_dual", "spatial_cross_dual", {C::Spatial, T, {T, T}}, D},
    Row{"spatial_top", "spatial_top", {C::Spatial, Vec3S, {T}}, D},
    Row{"spatial_bottom", "spatial_bottom", {C::Spatial, Vec3S, {T}}, D},
    Row{"closest_point_edge_edge", "closest_point_edge_edge", {C::Float32, Vec3, {Vec3, Vec3, Vec3, Vec3, T}}, D},
    Row{"intersect_tri_tri", "intersect_tri_tri", {C::FloatWide, Int32, {Vec3S, Vec3S, Vec3S, Vec3S, Vec3S, Vec3S}}, 0},
    Row{"sample_unit_hemisphere_surface", "sample_unit_hemisphere_surface", {C::Float32, Vec3, {Rng}}, 0},
    Row{"sample_unit_ring", "sample_unit_ring", {C::Float32, Vec2, {Rng}}, 0},
    Row{"sample_triangle", "sample_triangle", {C::Float32, Vec2, {Rng}}, 0},
    Row{"pnoise", "pnoise", {C::Float32, T, {Rng, T, Int32}}, D},
    Row{"curlnoise", "curlnoise", {C::Float32, Vec2, {Rng, Vec2, UInt32, T, T}}, D},
    Row{"curlnoise", "curlnoise", {C::Float32, Vec3, {Rng, Vec3, UInt32, T, T}}, D},
    Row{"curlnoise", "curlnoise", {C::Float32, Vec3, {Rng, Vec4, UInt32, T, T}}, D},
    // ---- spatial queries (warp/native/hashgrid.h, mesh.h, bvh.h, volume.h; the "Geometry", "Volumes" and
    // "Utility" groups of builtins.py), in Warp's registration order per key. Ids are uint64, queries are
    // the types of types/query.h; the out-parameter overloads (hidden in Warp's docs) write through their
    // float/int arguments; volume_store_f/_v/_i return nothing. Declined: the tiled queries, the erased
    // BvhQuery/MeshQuery kinds and the volume builtins generic over a dtype (volume_sample,
    // volume_lookup, volume_store, ...).
    Row{"hash_grid_query", "hash_grid_query", {C::FloatVec3, HashGridQueryS, {UInt64, T, S}}, 0},
    Row{"hash_grid_query", "hash_grid_query", {C::FloatVec3, HashGridQueryS, {UInt64, T, S, Int32}}, 0},
    Row{"hash_grid_query_next", "hash_grid_query_next", {C::HashGridQuery, Bool, {T, Int32}}, 0},
    Row{"hash_grid_point_id", "hash_grid_point_id", {C::Float32, Int32, {UInt64, Int32}}, 0},
    Row{"mesh_query_point", "mesh_query_point", {C::Float32, Bool, {UInt64, Vec3, T, T, Int32, T, T}}, D},
    Row{"mesh_query_point", "mesh_query_point", {C::Float32, MeshQueryPoint, {UInt64, Vec3, T}}, DR},
    Row{"mesh_query_point_sign_parity", "mesh_query_point_sign_parity", {C::Float32, Bool, {UInt64, Vec3, T, T, Int32, T, T, Int32, T}}, D, Emit::Call, {kDefaultInt(1), kDefaultFloat(0.1)}, 2},
    Row{"mesh_query_point_sign_parity", "mesh_query_point_sign_parity", {C::Float32, MeshQueryPoint, {UInt64, Vec3, T, Int32, T}}, DR, Emit::Call, {kDefaultInt(1), kDefaultFloat(0.1)}, 2},
    Row{"mesh_query_point_no_sign", "mesh_query_point_no_sign", {C::Float32, Bool, {UInt64, Vec3, T, Int32, T, T}}, D},
    Row{"mesh_query_point_no_sign", "mesh_query_point_no_sign", {C::Float32, MeshQueryPoint, {UInt64, Vec3, T}}, DR},
    Row{"mesh_query_furthest_point_no_sign", "mesh_query_furthest_point_no_sign", {C::Float32, Bool, {UInt64, Vec3, T, Int32, T, T}}, D},
    Row{"mesh_query_furthest_point_no_sign", "mesh_query_furthest_point_no_sign", {C::Float32, MeshQueryPoint, {UInt64, Vec3, T}}, DR},
    Row{"mesh_query_point_sign_normal", "mesh_query_point_sign_normal", {C::Float32, Bool, {UInt64, Vec3, T, T, Int32, T, T, T}}, D, Emit::Call, {kDefaultFloat(0.001)}, 1},
    Row{"mesh_query_point_sign_normal", "mesh_query_point_sign_normal", {C::Float32, MeshQueryPoint, {UInt64, Vec3, T, T}}, DR, Emit::Call, {kDefaultFloat(0.001)}, 1},
    Row{"mesh_query_point_sign_winding_number", "mesh_query_point_sign_winding_number", {C::Float32, Bool, {UInt64, Vec3, T, T, Int32, T, T, T, T}}, D, Emit::Call, {kDefaultFloat(2.0), kDefaultFloat(0.5)}, 2},
    Row{"mesh_query_point_sign_winding_number", "mesh_query_point_sign_winding_number", {C::Float32, MeshQueryPoint, {UInt64, Vec3, T, T, T}}, DR, Emit::Call, {kDefaultFloat(2.0), kDefaultFloat(0.5)}, 2},
    Row{"mesh_query_ray", "mesh_query_ray", {C::Float32, Bool, {UInt64, Vec3, Vec3, T, T, T, T, T, Vec3, Int32, Int32}}, D, Emit::Call, {kDefaultInt(-1)}, 1},
    Row{"mesh_query_ray", "mesh_query_ray", {C::Float32, MeshQueryRay, {UInt64, Vec3, Vec3, T, Int32}}, DR, Emit::Call, {kDefaultInt(-1)}, 1},
    Row{"mesh_query_ray_anyhit", "mesh_query_ray_anyhit", {C::Float32, Bool, {UInt64, Vec3, Vec3, T, Int32}}, 0, Emit::Call, {kDefaultInt(-1)}, 1},
    Row{"mesh_query_ray_count_intersections", "mesh_query_ray_count_intersections", {C::Float32, Int32, {UInt64, Vec3, Vec3, Int32}}, 0, Emit::Call, {kDefaultInt(-1)}, 1},
    Row{"mesh_get_bvh", "mesh_get_bvh", {C::Float32, UInt64, {UInt64}}, 0},
    Row{"mesh_get", "mesh_get", {C::Float32, Mesh, {UInt64}}, 0},
    Row{"mesh_get_group_root", "mesh_get_group_root", {C::Float32, Int32, {UInt64, Int32}}, 0},
    Row{"mesh_query_aabb", "mesh_query_aabb", {C::Float32, MeshQueryAabb, {UInt64, Vec3, Vec3}}, 0},
    Row{"mesh_query_sphere", "mesh_query_sphere", {C::Float32, MeshQuerySphere, {UInt64, Vec3, T}}, 0},
    Row{"mesh_query_next", "mesh_query_aabb_next", {C::Float32, Bool, {MeshQueryAabb, Int32}}, 0},
    Row{"mesh_query_next", "mesh_query_sphere_next", {C::Float32, Bool, {MeshQuerySphere, Int32}}, 0},
    Row{"mesh_query_aabb_next", "mesh_query_aabb_next", {C::Float32, Bool, {MeshQueryAabb, Int32}}, 0},
    Row{"mesh_query_aabb_next", "mesh_query_sphere_next", {C::Float32, Bool, {MeshQuerySphere, Int32}}, 0},
    Row{"mesh_eval_position", "mesh_eval_position", {C::Float32, Vec3, {UInt64, Int32, T, T}}, D},
    Row{"mesh_eval_velocity", "mesh_eval_velocity", {C::Float32, Vec3, {UInt64, Int32, T, T}}, D},
    Row{"mesh_eval_face_normal", "mesh_eval_face_normal", {C::Float32, Vec3, {UInt64, Int32}}, 0},
    Row{"mesh_get_point", "mesh_get_point", {C::Float32, Vec3, {UInt64, Int32}}, 0},
    Row{"mesh_get_velocity", "mesh_get_velocity", {C::Float32, Vec3, {UInt64, Int32}}, 0},
    Row{"mesh_get_index", "mesh_get_index", {C::Float32, Int32, {UInt64, Int32}}, 0},
    Row{"bvh_query_aabb", "bvh_query_aabb", {C::Float32, BvhQueryAabb, {UInt64, Vec3, Vec3, Int32}}, 0, Emit::Call, {kDefaultInt(-1)}, 1},
    Row{"bvh_query_ray", "bvh_query_ray", {C::Float32, BvhQueryRay, {UInt64, Vec3, Vec3, Int32}}, 0, Emit::Call, {kDefaultInt(-1)}, 1},
    Row{"bvh_query_capsule", "bvh_query_capsule", {C::Float32, BvhQueryCapsule, {UInt64, Vec3, Vec3, T, Int32}}, 0, Emit::Call, {kDefaultInt(-1)}, 1},
    Row{"bvh_query_sphere", "bvh_query_sphere", {C::Float32, BvhQuerySphere, {UInt64, Vec3, T, Int32}}, 0, Emit::Call, {kDefaultInt(-1)}, 1},
    Row{"bvh_query_next", "bvh_query_next", {C::Float32, Bool, {BvhQueryAabb, Int32, T}}, 0, Emit::Call, {kDefaultFloat(kInf)}, 1},
    Row{"bvh_query_next", "bvh_query_ray_next", {C::Float32, Bool, {BvhQueryRay, Int32, T}}, 0, Emit::Call, {kDefaultFloat(kInf)}, 1},
    Row{"bvh_query_next", "bvh_query_capsule_next", {C::Float32, Bool, {BvhQueryCapsule, Int32, T}}, 0, Emit::Call, {kDefaultFloat(kInf)}, 1},
    Row{"bvh_query_next", "bvh_query_sphere_next", {C::Float32, Bool, {BvhQuerySphere, Int32, T}}, 0, Emit::Call, {kDefaultFloat(kInf)}, 1},
    Row{"bvh_get_group_root", "bvh_get_group_root", {C::Float32, Int32, {UInt64, Int32}}, 0},
    Row{"volume_sample_f", "volume_sample_f", {C::Float32, T, {UInt64, Vec3, Int32}}, D},
    Row{"volume_sample_grad_f", "volume_sample_grad_f", {C::Float32, T, {UInt64, Vec3, Int32, Vec3}}, D},
    Row{"volume_lookup_f", "volume_lookup_f", {C::Float32, T, {UInt64, Int32, Int32, Int32}}, 0},
    Row{"volume_store_f", "volume_store_f", {C::Float32, Void, {UInt64, Int32, Int32, Int32, T}}, 0},
    Row{"volume_sample_v", "volume_sample_v", {C::Float32, Vec3, {UInt64, Vec3, Int32}}, D},
    Row{"volume_lookup_v", "volume_lookup_v", {C::Float32, Vec3, {UInt64, Int32, Int32, Int32}}, 0},
    Row{"volume_store_v", "volume_store_v", {C::Float32, Void, {UInt64, Int32, Int32, Int32, Vec3}}, 0},
    Row{"volume_sample_i", "volume_sample_i", {C::Float32, Int32, {UInt64, Vec3}}, 0},
    Row{"volume_lookup_i", "volume_lookup_i", {C::Float32, Int32, {UInt64, Int32, Int32, Int32}}, 0},
    Row{"volume_store_i", "volume_store_i", {C::Float32, Void, {UInt64, Int32, Int32, Int32, Int32}}, 0},
    Row{"volume_lookup_index", "volume_lookup_index", {C::Float32, Int32, {UInt64, Int32, Int32, Int32}}, 0},
    Row{"volume_voxel_count", "volume_voxel_count", {C::Float32, Int32, {UInt64}}, 0},
    Row{"volume_index_to_world", "volume_index_to_world", {C::WideVec3, T, {UInt64, T}}, D},
    Row{"volume_world_to_index", "volume_world_to_index", {C::WideVec3, T, {UInt64, T}}, D},
    Row{"volume_index_to_world_dir", "volume_index_to_world_dir", {C::WideVec3, T, {UInt64, T}}, D},
    Row{"volume_world_to_index_dir", "volume_world_to_index_dir", {C::WideVec3, T, {UInt64, T}}, D},
    Row{"lower_bound", "lower_bound", {C::NumScalar, Int32, {Array1T, T}}, 0},
    Row{"lower_bound", "lower_bound", {C::NumScalar, Int32, {Array1T, Int32, Int32, T}}, 0},
    // ---- end of spatial queries
    // checks Warp's own tests write (value_type=None, not differentiable): every scalar type, bool,
    // quaternion and transform types (the scalar loop), then vectors and matrices of numeric scalars
    Row{"expect_eq", "expect_eq", {C::NumScalar, Void, {T, T}}, 0},
    Row{"expect_eq", "expect_eq", {C::Bool, Void, {T, T}}, 0},
    Row{"expect_eq", "expect_eq", {C::Quat, Void, {T, T}}, 0},
    Row{"expect_eq", "expect_eq", {C::Transform, Void, {T, T}}, 0},
    Row{"expect_eq", "expect_eq", {C::Vec, Void, {T, T}}, 0},
    Row{"expect_eq", "expect_eq", {C::Mat, Void, {T, T}}, 0},
    Row{"expect_neq", "expect_neq", {C::NumScalar, Void, {T, T}}, 0},
    Row{"expect_neq", "expect_neq", {C::Bool, Void, {T, T}}, 0},
    Row{"expect_neq", "expect_neq", {C::Quat, Void, {T, T}}, 0},
    Row{"expect_neq", "expect_neq", {C::Transform, Void, {T, T}}, 0},
    Row{"expect_neq", "expect_neq", {C::Vec, Void, {T, T}}, 0},
    Row{"expect_neq", "expect_neq", {C::Mat, Void, {T, T}}, 0},
    // expect_near_constraint: the tolerance is the operands' scalar (a left-out one is a float32 1e-6)
    Row{"expect_near", "expect_near", {C::FloatScalar, Void, {T, T, S}}, 0, Emit::Call, {kDefaultFloat(1.0e-6)}, 1},
    Row{"expect_near", "expect_near", {C::FloatVec, Void, {T, T, S}}, 0, Emit::Call, {kDefaultFloat(1.0e-6)}, 1},
    Row{"expect_near", "expect_near", {C::Quat, Void, {T, T, S}}, 0, Emit::Call, {kDefaultFloat(1.0e-6)}, 1},
    Row{"expect_near", "expect_near", {C::FloatMat, Void, {T, T, S}}, 0, Emit::Call, {kDefaultFloat(1.0e-6)}, 1},
    // scalar casts: the key names the target type
    Row{"float", "float", {C::NumScalar, Named, {T}}, D},
    Row{"int", "int", {C::NumScalar, Named, {T}}, 0},
    Row{"float16", "float16", {C::NumScalar, Named, {T}}, D},
    Row{"float32", "float32", {C::NumScalar, Named, {T}}, D},
    Row{"float64", "float64", {C::NumScalar, Named, {T}}, D},
    Row{"int8", "int8", {C::NumScalar, Named, {T}}, 0},
    Row{"int16", "int16", {C::NumScalar, Named, {T}}, 0},
    Row{"int32", "int32", {C::NumScalar, Named, {T}}, 0},
    Row{"int64", "int64", {C::NumScalar, Named, {T}}, 0},
    Row{"uint8", "uint8", {C::NumScalar, Named, {T}}, 0},
    Row{"uint16", "uint16", {C::NumScalar, Named, {T}}, 0},
    Row{"uint32", "uint32", {C::NumScalar, Named, {T}}, 0},
    Row{"uint64", "uint64", {C::NumScalar, Named, {T}}, 0},
    // ... from a bool too (scalar_types_all holds bool)
    Row{"float", "float", {C::Bool, Named, {T}}, D},
    Row{"int", "int", {C::Bool, Named, {T}}, 0},
    Row{"float16", "float16", {C::Bool, Named, {T}}, D},
    Row{"float32", "float32", {C::Bool, Named, {T}}, D},
    Row{"float64", "float64", {C::Bool, Named, {T}}, D},
    Row{"int8", "int8", {C::Bool, Named, {T}}, 0},
    Row{"int16", "int16", {C::Bool, Named, {T}}, 0},
    Row{"int32", "int32", {C::Bool, Named, {T}}, 0},
    Row{"int64", "int64", {C::Bool, Named, {T}}, 0},
    Row{"uint8", "uint8", {C::Bool, Named, {T}}, 0},
    Row{"uint16", "uint16", {C::Bool, Named, {T}}, 0},
    Row{"uint32", "uint32", {C::Bool, Named, {T}}, 0},
    Row{"uint64", "uint64", {C::Bool, Named, {T}}, 0},
    // Special forms: the codegen emits them through the hook they name (native name and flags live
    // there). The signature is what the generator writes and the hook accepts of it; hooks that check
    // their own arguments (tid, block_dim, len, bool, spatial_vector) have none.
    Row{"tid", "", {C::Any, None, {}}, 0, Emit::Tid},
    Row{"block_dim", "", {C::Any, None, {}}, 0, Emit::Tid},
    Row{"len", "", {C::Any, None, {}}, 0, Emit::Len},
    Row{"bool", "", {C::Any, None, {}}, 0, Emit::Bool},
    Row{"quat_identity", "", {C::Float32, QuatS, {}}, 0, Emit::IdentityConstant},
    Row{"transform_identity", "", {C::Float32, XformS, {}}, 0, Emit::IdentityConstant},
    Row{"spatial_vector", "", {C::Any, None, {}}, 0, Emit::SpatialVector},
    Row{"identity", "", {C::SqMat, T, {}}, 0, Emit::Identity},
    Row{"where", "", {C::Any, T, {Bool, T, T}}, 0, Emit::Where},
    Row{kAtomics[0].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{kAtomics[1].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{kAtomics[2].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{kAtomics[3].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{kAtomics[4].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{kAtomics[5].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{kAtomics[6].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{kAtomics[7].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{kAtomics[8].key, "", {C::Any, None, {}}, 0, Emit::Atomic},
    Row{"print", "", {C::Any, None, {}}, 0, Emit::Print},
    Row{"svd3", "", {C::Any, None, {}}, 0, Emit::Decomposition},
    Row{"svd2", "", {C::Any, None, {}}, 0, Emit::Decomposition},
    Row{"qr3", "", {C::Any, None, {}}, 0, Emit::Decomposition},
    Row{"eig3", "", {C::Any, None, {}}, 0, Emit::Decomposition},
    Row{"quat_to_axis_angle", "", {C::Any, None, {}}, 0, Emit::Decomposition},
    Row{"printf", "", {C::Any, None, {}}, 0, Emit::Printf},
    // Tiles (builtins.py "Tile Primitives"): keyword arguments, defaults and tile types are the hook's
    // (parameters in lang/tiles.h, codegen/adjoint_tiles.cpp); tile operands of +, - and * reach the same
    // hook from add_builtin. Other tile builtins (tile_stack, tile_scatter_add, ...) have no row and are
    // declined at their position.
    Row{"tile_load", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_store", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_atomic_add", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_zeros", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_ones", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_empty", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_full", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_sum", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_map", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_reduce", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_min", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_max", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_argmin", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_argmax", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_transpose", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_extract", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_arange", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"untile", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_matmul", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_cholesky", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_cholesky_inplace", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_cholesky_solve", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_cholesky_solve_inplace", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_lower_solve", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_lower_solve_inplace", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_upper_solve", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_upper_solve_inplace", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_diag_add", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_reshape", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_broadcast", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_view", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_assign", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_sort", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_squeeze", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_scan_inclusive", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_scan_exclusive", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_axpy", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_fft", "", {C::Any, None, {}}, 0, Emit::Tile},
    Row{"tile_ifft", "", {C::Any, None, {}}, 0, Emit::Tile},
    // the builtins Warp's own emitters call by key (hidden, export=False in builtins.py)
    Row{"copy", "", {C::Any, None, {}}, kInternal, Emit::Copy},
    Row{"assign", "", {C::Any, None, {}}, kInternal, Emit::Assign},
    Row{"iter_next", "", {C::Any, None, {}}, kInternal, Emit::IterNext},
    Row{"range", "", {C::Any, None, {}}, kInternal, Emit::Range},
    Row{"extract", "", {C::Any, None, {}}, kInternal, Emit::Extract},
    Row{"address", "", {C::Any, None, {}}, kInternal, Emit::Address},
    Row{"array_store", "", {C::Any, None, {}}, kInternal, Emit::ArrayStore},
    // Type constructors: a call of a type (wp.vec3d(...), wp.mat22(...), wp.quat(...), wp.transform(...))
    // is a call of its kind's row, with the length or shape and the dtype as template arguments. Warp's
    // overloads are variadic or keyword-typed, so the hook checks the arguments (for quaternions, one
    // row stands for the (), (quat), (vec3, real) and (x, y, z, w) overloads); the signature is the form
    // the generator writes where it has one. Scalars convert through the cast rows below.
    Row{"vector", "vec_t", {C::Vec, T, {}}, D, Emit::VectorCtor},
    Row{"matrix", "mat_t", {C::Mat, T, {}}, D, Emit::MatrixCtor},
    Row{"quaternion", "quat_t", {C::Quat, T, {}}, D, Emit::QuatCtor},
    Row{"transformation", "transform_t", {C::Transform, T, {Vec3S, QuatS}}, D, Emit::TransformCtor},
    // operators Warp writes inline (add_comp, add_bool_op) without a builtin: same-typed numeric scalars
    // compare, bools combine
    Row{"<", "", {C::NumScalar, Bool, {T, T}}, 0, Emit::Inline},
    Row{"<=", "", {C::NumScalar, Bool, {T, T}}, 0, Emit::Inline},
    Row{">", "", {C::NumScalar, Bool, {T, T}}, 0, Emit::Inline},
    Row{">=", "", {C::NumScalar, Bool, {T, T}}, 0, Emit::Inline},
    Row{"==", "", {C::NumScalar, Bool, {T, T}}, 0, Emit::Inline},
    Row{"!=", "", {C::NumScalar, Bool, {T, T}}, 0, Emit::Inline},
    Row{"and", "", {C::Bool, T, {T, T}}, 0, Emit::Inline},
    Row{"or", "", {C::Bool, T, {T, T}}, 0, Emit::Inline},
};
// clang-format on

// Every atomic of lang/atomics.h has its row. (Keys compared, not find_atomic's pointer: GCC's
// sanitizer builds cannot compare a table's address with nullptr in a constant expression.)
constexpr bool atomics_have_rows() {
  size_t n = 0;
  for (const Row& r : kRows)
    for (const Atomic& a : kAtomics) n += r.emit == Emit::Atomic && a.key == r.key;
  return n == std::size(kAtomics);
}
static_assert(atomics_have_rows());

// The Call rows of each key, in table order.
const std::vector<const Row*>* calls_of(std::string_view key) {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::vector<const Row*>> m;
    for (const Row& r : kRows)
      if (r.emit == Emit::Call) m[r.key].push_back(&r);
    return m;
  }();
  auto it = index.find(key);
  return it == index.end() ? nullptr : &it->second;
}

}  // namespace

std::span<const Row> builtins() {
  return kRows;
}

std::optional<Resolved> resolve(std::string_view key, std::span<const types::Type> args) {
  if (const auto* rows = calls_of(key)) {
    for (const Row* r : *rows) {
      const size_t arity = static_cast<size_t>(r->sig.arity());
      const size_t left_out = arity - std::min(arity, args.size());
      if (args.size() > arity || left_out > r->num_defaults) continue;
      // the defaults' own types: get_arg_type of a Python int or float
      SmallVector<types::Type, kMaxArgs> full(args.begin(), args.end());
      const std::span<const DefaultArg> defaulted = r->trailing_defaults().last(left_out);
      for (const DefaultArg& d : defaulted)
        full.push_back(types::Type::scalar_of(d.is_float ? types::Scalar::Float32 : types::Scalar::Int32));
      if (auto t = match(r->sig, key, std::span<const types::Type>(full.data(), full.size())))
        return Resolved{r, *t, defaulted};
    }
  }
  return std::nullopt;
}

const Row* special_form(std::string_view key) {
  static const auto forms = [] {
    std::unordered_map<std::string_view, const Row*> m;
    for (const Row& r : kRows)
      if (r.emit >= Emit::Tid) m.emplace(r.key, &r);
    return m;
  }();
  auto it = forms.find(key);
  return it == forms.end() ? nullptr : it->second;
}

const Row* constructor(const types::Type& t) {
  for (const Row& r : kRows)
    if (r.emit >= Emit::VectorCtor && r.emit <= Emit::TransformCtor && in_class(r.sig.cls, t)) return &r;
  return nullptr;
}

std::span<const std::string_view> param_names(std::string_view key) {
  // expect_near: all four overloads (scalar, vector, quaternion, matrix) take a, b, tolerance
  static constexpr std::string_view kExpectNear[] = {"a", "b", "tolerance"};
  if (key == "expect_near") return kExpectNear;
  return {};
}

bool has_key(std::string_view key) {
  const Row* form = special_form(key);
  return calls_of(key) || (form && !(form->flags & kInternal));
}

}  // namespace ws::lang
