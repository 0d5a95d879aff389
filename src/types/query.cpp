#include "types/query.h"

#include <array>

namespace ws::types {
namespace {

constexpr Type kBool = Type::scalar_of(Scalar::Bool);
constexpr Type kF32 = Type::scalar_of(Scalar::Float32);
constexpr Type kI32 = Type::scalar_of(Scalar::Int32);
constexpr Type kVec3 = Type::vector_of(3, Scalar::Float32);

// MeshQueryPoint.vars and MeshQueryRay.vars, in declaration order (the layout of mesh_query_point_t and
// mesh_query_ray_t in warp/native/mesh.h).
constexpr std::array<QueryField, 5> kPointFields = {{
    {"result", kBool},
    {"sign", kF32},
    {"face", kI32},
    {"u", kF32},
    {"v", kF32},
}};
// Mesh.vars: the descriptor's arrays.
const std::array<QueryField, 3> kMeshFields = {{
    {"points", Type::array_of(kVec3, 1)},
    {"velocities", Type::array_of(kVec3, 1)},
    {"indices", Type::array_of(kI32, 1)},
}};
constexpr std::array<QueryField, 7> kRayFields = {{
    {"result", kBool},
    {"sign", kF32},
    {"face", kI32},
    {"t", kF32},
    {"u", kF32},
    {"v", kF32},
    {"normal", kVec3},
}};

}  // namespace

std::string_view query_ctype(Query q, Scalar s) {
  switch (q) {
    case Query::HashGrid:
      return s == Scalar::Float16   ? "wp::hash_grid_query_h"
             : s == Scalar::Float64 ? "wp::hash_grid_query_d"
                                    : "wp::hash_grid_query_f";
    case Query::MeshPoint:
      return "wp::mesh_query_point_t";
    case Query::MeshRay:
      return "wp::mesh_query_ray_t";
    case Query::MeshAabb:
    case Query::MeshSphere:
      return "wp::mesh_query_aabb_t";
    case Query::BvhAabb:
    case Query::BvhRay:
    case Query::BvhCapsule:
    case Query::BvhSphere:
      return "wp::bvh_query_t";
    case Query::Mesh:
      return "wp::Mesh";
    case Query::None:
      break;
  }
  return "";
}

std::string_view query_type_code(Query q, Scalar s) {
  switch (q) {
    case Query::HashGrid:
      return s == Scalar::Float16 ? "hgqh" : s == Scalar::Float64 ? "hgqd" : "hgq";
    case Query::MeshPoint:
      return "mqp";
    case Query::MeshRay:
      return "mqr";
    case Query::MeshAabb:
      return "mqab";
    case Query::MeshSphere:
      return "mqs";
    case Query::BvhAabb:
      return "bvhqa";
    case Query::BvhRay:
      return "bvhqr";
    case Query::BvhCapsule:
      return "bvhqc";
    case Query::BvhSphere:
      return "bvhqs";
    case Query::Mesh:
      return "Mesh";  // get_type_code has none (Mesh is never hashed): the class name, for diagnostics
    case Query::None:
      break;
  }
  return "";
}

std::span<const QueryField> query_fields(Query q) {
  if (q == Query::MeshPoint) return kPointFields;
  if (q == Query::MeshRay) return kRayFields;
  if (q == Query::Mesh) return kMeshFields;
  return {};
}

}  // namespace ws::types
