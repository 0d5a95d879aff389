#include "lang/signature.h"

namespace ws::lang {

namespace {

using types::Scalar;
using types::Type;

bool is_signed(Scalar s) {
  return s == Scalar::Int8 || s == Scalar::Int16 || s == Scalar::Int32 || s == Scalar::Int64 ||
         types::is_float_scalar(s);
}
bool float_vec(const Type& t) {
  return t.is_vector() && types::is_float_scalar(t.scalar);
}
bool float_mat(const Type& t) {
  return t.is_matrix() && types::is_float_scalar(t.scalar);
}
bool square(const Type& t, int n) {
  return t.is_matrix() && t.rows == n && t.cols == n;
}
bool value_type(const Type& t) {
  return t.is_scalar() || t.is_vector() || t.is_matrix() || t.is_quat();
}

// The T of a class whose members differ only in their scalar, built from that scalar: how Warp binds
// quaternion(dtype=Float) from quat_rpy(roll, pitch, yaw). nullopt where T needs an argument typed T.
std::optional<Type> shape_of(TClass c, Scalar s) {
  switch (c) {
    case TClass::NumScalar:
    case TClass::SignedScalar:
    case TClass::IntScalar:
    case TClass::FloatScalar:
    case TClass::Bool:
    case TClass::BoolOrInt:
    case TClass::FloatWide:
      return Type::scalar_of(s);
    case TClass::Float32:
      return Type::scalar_of(Scalar::Float32);
    case TClass::Vec3:
    case TClass::FloatVec3:
      return Type::vector_of(3, s);
    case TClass::Spatial:
      return Type::vector_of(6, s);
    case TClass::Mat2:
      return Type::matrix_of(2, 2, s);
    case TClass::Mat3:
      return Type::matrix_of(3, 3, s);
    case TClass::Mat4:
    case TClass::FloatMat44:
      return Type::matrix_of(4, 4, s);
    case TClass::Quat:
      return Type::quat_of(s);
    case TClass::Transform:
      return Type::transform_of(s);
    default:
      return std::nullopt;
  }
}

bool arg_matches(Pat p, const Type& a, const Type& t) {
  if (p == Pat::MatRhs) return a.is_matrix() && a.scalar == t.scalar && a.rows == t.cols;
  if (p == Pat::S && a.is_bool()) return false;  // a scalar operand is Warp's Scalar, never bool
  const std::optional<Type> want = instantiate(p, t);
  return want && *want == a;
}

}  // namespace

bool in_class(TClass c, const Type& t) {
  switch (c) {
    case TClass::NumScalar:
      return t.is_scalar();
    case TClass::SignedScalar:
      return t.is_scalar() && is_signed(t.scalar);
    case TClass::IntScalar:
      return t.is_int();
    case TClass::FloatScalar:
      return t.is_float();
    case TClass::Bool:
      return t.is_bool();
    case TClass::BoolOrInt:
      return t.is_bool() || t.is_int();
    case TClass::Float32:
      return t == Type::scalar_of(Scalar::Float32);
    case TClass::FloatWide:
      return t == Type::scalar_of(Scalar::Float32) || t == Type::scalar_of(Scalar::Float64);
    case TClass::Vec:
      return t.is_vector();
    case TClass::FloatVec:
      return float_vec(t);
    case TClass::Float32Vec:
      return t.is_vector() && t.scalar == Scalar::Float32;
    case TClass::Vec3:
      return t.is_vector() && t.rows == 3;
    case TClass::FloatVec3:
      return float_vec(t) && t.rows == 3;
    case TClass::Spatial:
      return float_vec(t) && t.rows == 6;
    case TClass::Mat:
      return t.is_matrix();
    case TClass::FloatMat:
      return float_mat(t);
    case TClass::SqMat:
      return t.is_matrix() && t.rows == t.cols && t.rows >= 2 && t.rows <= 4;
    case TClass::FloatSqMat:
      return float_mat(t) && t.rows == t.cols && t.rows >= 2 && t.rows <= 4;
    case TClass::Mat2:
      return square(t, 2);
    case TClass::Mat3:
      return square(t, 3);
    case TClass::Mat4:
      return square(t, 4);
    case TClass::FloatMat44:
      return square(t, 4) && float_mat(t);
    case TClass::Quat:
      return t.is_quat() && types::is_float_scalar(t.scalar);
    case TClass::Transform:
      return t.is_transform() && types::is_float_scalar(t.scalar);
    case TClass::Additive:
      return value_type(t) || t.is_transform();
    case TClass::Unary:
      return value_type(t);
    case TClass::Negatable:
      return value_type(t) && is_signed(t.scalar);
    case TClass::WideVec3:
      return t.is_vector() && t.rows == 3 && (t.scalar == Scalar::Float32 || t.scalar == Scalar::Float64);
    case TClass::HashGridQuery:
      return t.is_query() && t.query == types::Query::HashGrid;
    case TClass::Array:
      return t.is_plain_array();
    case TClass::Any:
      return true;
  }
  return false;
}

std::optional<Type> instantiate(Pat p, const Type& t) {
  const Scalar s = t.scalar;
  switch (p) {
    case Pat::None:
    case Pat::Named:
      return std::nullopt;
    case Pat::T:
      return t;
    case Pat::S:
      return Type::scalar_of(s);
    case Pat::RowVec:
      return Type::vector_of(t.rows, s);
    case Pat::ColVec:
      return Type::vector_of(t.cols, s);
    case Pat::SqMat:
      return Type::matrix_of(t.rows, t.rows, s);
    case Pat::Transposed:
    case Pat::MatProduct:  // T's rows by the square MatRhs instance's columns
      return Type::matrix_of(p == Pat::Transposed ? t.cols : t.rows, p == Pat::Transposed ? t.rows : t.cols, s);
    case Pat::MatRhs:
      return Type::matrix_of(t.cols, t.cols, s);
    case Pat::Vec3S:
      return Type::vector_of(3, s);
    case Pat::QuatS:
      return Type::quat_of(s);
    case Pat::Mat33S:
      return Type::matrix_of(3, 3, s);
    case Pat::XformS:
      return Type::transform_of(s);
    case Pat::Bool:
      return Type::scalar_of(Scalar::Bool);
    case Pat::Int32:
      return Type::scalar_of(Scalar::Int32);
    case Pat::UInt32:
    case Pat::Rng:
      return Type::scalar_of(Scalar::UInt32);
    case Pat::Float32:
      return Type::scalar_of(Scalar::Float32);
    case Pat::Vec2:
      return Type::vector_of(2, Scalar::Float32);
    case Pat::Vec3:
      return Type::vector_of(3, Scalar::Float32);
    case Pat::Vec4:
      return Type::vector_of(4, Scalar::Float32);
    case Pat::Void:
      return Type::void_type();
    case Pat::UInt64:
      return Type::scalar_of(Scalar::UInt64);
    case Pat::Array1T:
      return t.is_scalar() ? std::optional(Type::array_of(t, 1)) : std::nullopt;
    case Pat::HashGridQueryS:
      return Type::query_of(types::Query::HashGrid, s);
    case Pat::MeshQueryPoint:
      return Type::query_of(types::Query::MeshPoint);
    case Pat::MeshQueryRay:
      return Type::query_of(types::Query::MeshRay);
    case Pat::MeshQueryAabb:
      return Type::query_of(types::Query::MeshAabb);
    case Pat::MeshQuerySphere:
      return Type::query_of(types::Query::MeshSphere);
    case Pat::BvhQueryAabb:
      return Type::query_of(types::Query::BvhAabb);
    case Pat::BvhQueryRay:
      return Type::query_of(types::Query::BvhRay);
    case Pat::BvhQueryCapsule:
      return Type::query_of(types::Query::BvhCapsule);
    case Pat::BvhQuerySphere:
      return Type::query_of(types::Query::BvhSphere);
    case Pat::Mesh:
      return Type::query_of(types::Query::Mesh);
  }
  return std::nullopt;
}

std::optional<Type> match(const Signature& sig, std::string_view key, std::span<const Type> args) {
  const int n = sig.arity();
  if (static_cast<int>(args.size()) != n) return std::nullopt;
  std::optional<Type> t;
  for (int i = 0; i < n && !t; ++i)
    if (sig.args[i] == Pat::T) t = args[i];
  if (!t) t = shape_of(sig.cls, n > 0 ? args[0].scalar : Scalar::Float32);
  if (!t || !in_class(sig.cls, *t)) return std::nullopt;
  for (int i = 0; i < n; ++i)
    if (!arg_matches(sig.args[i], args[i], *t)) return std::nullopt;
  switch (sig.ret) {
    case Pat::Named:
      return types::lookup_type_name(key, key == "float" || key == "int");
    case Pat::MatProduct:
      return Type::matrix_of(t->rows, args[1].cols, t->scalar);
    default:
      return instantiate(sig.ret, *t);
  }
}

}  // namespace ws::lang
