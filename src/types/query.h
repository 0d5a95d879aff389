// Warp's spatial query types (warp/_src/types.py: HashGridQuery, MeshQueryPoint, MeshQueryRay,
// MeshQueryAABB, the BVH query kinds, and the Mesh descriptor of mesh_get): kernel-only values that the
// query builtins return and their `_next` functions advance. They cannot be kernel parameters, so only their C++
// spelling (Var.type_to_ctype: `wp::` + _wp_native_name_), their type code (get_type_code, for diagnostics) and the
// fields kernels read (`q.face`, `q.t`: the class's `vars`) matter here.
#pragma once

#include <span>
#include <string_view>

#include "types/type.h"

namespace ws::types {

struct QueryField {
  std::string_view name;
  Type type;
};

// The C++ name of a query type, e.g. "wp::mesh_query_point_t"; hash grid queries by their scalar.
std::string_view query_ctype(Query q, Scalar s);
// get_type_code, e.g. "mqp", "hgqd".
std::string_view query_type_code(Query q, Scalar s);
// The fields of a query result or of a Mesh (empty for the iterated queries, which are opaque).
std::span<const QueryField> query_fields(Query q);

}  // namespace ws::types
