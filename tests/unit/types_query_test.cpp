#include <gtest/gtest.h>

#include "types/query.h"

namespace ws::types {
namespace {

// Warp 1.19.0: Var.type_to_ctype and get_type_code of each query class (warp/_src/types.py).
TEST(QueryTypes, SpellingsAndCodesFollowWarp) {
  EXPECT_EQ(Type::query_of(Query::HashGrid).ctype(), "wp::hash_grid_query_f");
  EXPECT_EQ(Type::query_of(Query::HashGrid, Scalar::Float16).ctype(), "wp::hash_grid_query_h");
  EXPECT_EQ(Type::query_of(Query::HashGrid, Scalar::Float64).type_code(), "hgqd");
  EXPECT_EQ(Type::query_of(Query::HashGrid).type_code(), "hgq");
  EXPECT_EQ(Type::query_of(Query::MeshPoint).ctype(), "wp::mesh_query_point_t");
  EXPECT_EQ(Type::query_of(Query::MeshRay).type_code(), "mqr");
  // the sphere kind shares the AABB query's C++ type but is its own type for overloads
  EXPECT_EQ(Type::query_of(Query::MeshSphere).ctype(), "wp::mesh_query_aabb_t");
  EXPECT_NE(Type::query_of(Query::MeshSphere), Type::query_of(Query::MeshAabb));
  EXPECT_EQ(Type::query_of(Query::BvhCapsule).ctype(), "wp::bvh_query_t");
  EXPECT_EQ(Type::query_of(Query::BvhCapsule).type_code(), "bvhqc");
  EXPECT_EQ(Type::query_of(Query::BvhAabb).type_code(), "bvhqa");
  EXPECT_EQ(Type::void_type().ctype(), "void");
}

// MeshQueryPoint.vars and MeshQueryRay.vars; the iterated queries have none.
TEST(QueryTypes, ResultFields) {
  auto names = [](Query q) {
    std::string s;
    for (const QueryField& f : query_fields(q)) s += std::string(f.name) + ":" + f.type.type_code() + " ";
    return s;
  };
  EXPECT_EQ(names(Query::MeshPoint), "result:b sign:f4 face:i4 u:f4 v:f4 ");
  EXPECT_EQ(names(Query::MeshRay), "result:b sign:f4 face:i4 t:f4 u:f4 v:f4 normal:v3f4 ");
  EXPECT_EQ(names(Query::Mesh), "points:a1v3f4 velocities:a1v3f4 indices:a1i4 ");
  EXPECT_EQ(Type::query_of(Query::Mesh).ctype(), "wp::Mesh");
  EXPECT_TRUE(query_fields(Query::HashGrid).empty());
  EXPECT_TRUE(query_fields(Query::BvhRay).empty());
}

}  // namespace
}  // namespace ws::types
