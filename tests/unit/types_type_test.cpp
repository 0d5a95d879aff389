#include "types/type.h"

#include <gtest/gtest.h>

namespace ws::types {
namespace {

// Expected strings are Warp 1.19.0's Var.type_to_ctype and types.get_type_code results.
TEST(Type, CTypeAndTypeCode) {
  Type f = Type::scalar_of(Scalar::Float32);
  EXPECT_EQ(f.ctype(), "wp::float32");
  EXPECT_EQ(f.type_code(), "f4");
  EXPECT_EQ(Type::scalar_of(Scalar::Bool).ctype(), "bool");
  EXPECT_EQ(Type::scalar_of(Scalar::Bool).type_code(), "b");
  EXPECT_EQ(Type::scalar_of(Scalar::UInt32).type_code(), "u4");
  EXPECT_EQ(Type::scalar_of(Scalar::Int64).type_code(), "i8");
  Type v3 = Type::vector_of(3, Scalar::Float32);
  EXPECT_EQ(v3.ctype(), "wp::vec_t<3, wp::float32>");
  EXPECT_EQ(v3.type_code(), "v3f4");
  EXPECT_EQ(Type::vector_of(2, Scalar::Int32).type_code(), "v2i4");
  EXPECT_EQ(Type::matrix_of(3, 3, Scalar::Float32).ctype(), "wp::mat_t<3, 3, wp::float32>");
  EXPECT_EQ(Type::matrix_of(3, 3, Scalar::Float32).type_code(), "m33f4");
  EXPECT_EQ(Type::quat_of(Scalar::Float32).type_code(), "qf4");
  EXPECT_EQ(Type::transform_of(Scalar::Float64).type_code(), "tf8");
  EXPECT_EQ(Type::array_of(v3, 1).ctype(), "wp::array_t<wp::vec_t<3, wp::float32>>");
  EXPECT_EQ(Type::array_of(v3, 1).type_code(), "a1v3f4");
  EXPECT_EQ(Type::array_of(Type::scalar_of(Scalar::Int32), 2).type_code(), "a2i4");
  EXPECT_EQ(f.as_reference().ctype(), "wp::float32*");
}

TEST(Type, LookupNames) {
  EXPECT_EQ(lookup_type_name("vec3", false), Type::vector_of(3, Scalar::Float32));
  EXPECT_EQ(lookup_type_name("vec3f", false), Type::vector_of(3, Scalar::Float32));
  EXPECT_EQ(lookup_type_name("vec2ub", false), Type::vector_of(2, Scalar::UInt8));
  EXPECT_EQ(lookup_type_name("mat22d", false), Type::matrix_of(2, 2, Scalar::Float64));
  EXPECT_EQ(lookup_type_name("float", true), Type::scalar_of(Scalar::Float32));
  EXPECT_EQ(lookup_type_name("int", true), Type::scalar_of(Scalar::Int32));
  EXPECT_FALSE(lookup_type_name("mat33i", false));
  EXPECT_FALSE(lookup_type_name("float", false));
}

}  // namespace
}  // namespace ws::types
