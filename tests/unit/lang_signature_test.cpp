#include <gtest/gtest.h>

#include <vector>

#include "lang/signature.h"

namespace ws::lang {
namespace {

using types::Scalar;
using types::Type;

const Type f32 = Type::scalar_of(Scalar::Float32);
const Type f64 = Type::scalar_of(Scalar::Float64);
const Type i32 = Type::scalar_of(Scalar::Int32);
const Type u8 = Type::scalar_of(Scalar::UInt8);
const Type boolean = Type::scalar_of(Scalar::Bool);

std::optional<Type> m(const Signature& sig, std::vector<Type> args) {
  return match(sig, "", args);
}

TEST(Signature, ClassesFollowWarpsTypeVariables) {
  EXPECT_TRUE(in_class(TClass::NumScalar, u8));
  EXPECT_FALSE(in_class(TClass::NumScalar, boolean));  // Warp's Scalar has no bool
  EXPECT_FALSE(in_class(TClass::SignedScalar, u8));
  EXPECT_TRUE(in_class(TClass::BoolOrInt, boolean));
  EXPECT_TRUE(in_class(TClass::Spatial, Type::vector_of(6, Scalar::Float64)));
  EXPECT_FALSE(in_class(TClass::Spatial, Type::vector_of(6, Scalar::Int32)));
  EXPECT_TRUE(in_class(TClass::SqMat, Type::matrix_of(4, 4, Scalar::Int32)));
  EXPECT_FALSE(in_class(TClass::SqMat, Type::matrix_of(6, 6, Scalar::Float32)));
  EXPECT_FALSE(in_class(TClass::Negatable, Type::vector_of(3, Scalar::UInt32)));
  EXPECT_TRUE(in_class(TClass::Unary, Type::vector_of(3, Scalar::UInt32)));
  EXPECT_FALSE(in_class(TClass::Unary, Type::transform_of(Scalar::Float32)));
  EXPECT_TRUE(in_class(TClass::Additive, Type::transform_of(Scalar::Float32)));
}

TEST(Signature, TIsBoundByTheFirstArgumentTypedT) {
  const Signature dot{TClass::Vec, Pat::S, {Pat::T, Pat::T}};
  EXPECT_EQ(m(dot, {Type::vector_of(3, Scalar::Int32), Type::vector_of(3, Scalar::Int32)}), i32);
  EXPECT_FALSE(m(dot, {Type::vector_of(3, Scalar::Int32), Type::vector_of(2, Scalar::Int32)}));
  EXPECT_FALSE(m(dot, {Type::vector_of(3, Scalar::Int32)}));  // arity

  const Signature scale{TClass::Vec, Pat::T, {Pat::S, Pat::T}};  // s * v: T from the second argument
  EXPECT_EQ(m(scale, {f64, Type::vector_of(2, Scalar::Float64)}), Type::vector_of(2, Scalar::Float64));
  EXPECT_FALSE(m(scale, {f32, Type::vector_of(2, Scalar::Float64)}));
  EXPECT_FALSE(m(scale, {boolean, Type::vector_of(2, Scalar::Bool)}));  // a scalar operand is never bool
}

TEST(Signature, TIsBuiltFromTheClassWhenNoArgumentIsT) {
  const Signature rpy{TClass::Quat, Pat::T, {Pat::S, Pat::S, Pat::S}};
  EXPECT_EQ(m(rpy, {f64, f64, f64}), Type::quat_of(Scalar::Float64));
  EXPECT_FALSE(m(rpy, {i32, i32, i32}));  // quaternion(dtype=Float)

  const Signature cols{TClass::Mat3, Pat::T, {Pat::RowVec, Pat::RowVec, Pat::RowVec}};
  const Type v3i = Type::vector_of(3, Scalar::Int32);
  EXPECT_EQ(m(cols, {v3i, v3i, v3i}), Type::matrix_of(3, 3, Scalar::Int32));

  const Signature tri{TClass::FloatWide, Pat::Int32, {Pat::Vec3S, Pat::Vec3S, Pat::Vec3S}};
  const Type v3h = Type::vector_of(3, Scalar::Float16);
  EXPECT_FALSE(m(tri, {v3h, v3h, v3h}));
}

TEST(Signature, MatrixShapesFollowTheOperands) {
  const Signature matmul{TClass::Mat, Pat::MatProduct, {Pat::T, Pat::MatRhs}};
  EXPECT_EQ(m(matmul, {Type::matrix_of(2, 3, Scalar::Float32), Type::matrix_of(3, 4, Scalar::Float32)}),
            Type::matrix_of(2, 4, Scalar::Float32));
  EXPECT_FALSE(m(matmul, {Type::matrix_of(2, 3, Scalar::Float32), Type::matrix_of(2, 3, Scalar::Float32)}));

  const Signature transpose{TClass::Mat, Pat::Transposed, {Pat::T}};
  EXPECT_EQ(m(transpose, {Type::matrix_of(2, 3, Scalar::Float64)}), Type::matrix_of(3, 2, Scalar::Float64));

  const Signature vecmat{TClass::Mat, Pat::ColVec, {Pat::RowVec, Pat::T}};
  EXPECT_EQ(m(vecmat, {Type::vector_of(2, Scalar::Float32), Type::matrix_of(2, 4, Scalar::Float32)}),
            Type::vector_of(4, Scalar::Float32));

  // the generator instantiates MatRhs and MatProduct square
  EXPECT_EQ(instantiate(Pat::MatRhs, Type::matrix_of(3, 3, Scalar::Float32)), Type::matrix_of(3, 3, Scalar::Float32));
  EXPECT_EQ(instantiate(Pat::MatProduct, Type::matrix_of(3, 3, Scalar::Float32)),
            Type::matrix_of(3, 3, Scalar::Float32));
}

TEST(Signature, CastsReturnTheTypeTheirKeyNames) {
  const Signature cast{TClass::NumScalar, Pat::Named, {Pat::T}};
  EXPECT_EQ(match(cast, "float16", std::vector<Type>{i32}), Type::scalar_of(Scalar::Float16));
  EXPECT_EQ(match(cast, "int", std::vector<Type>{f64}), i32);
  EXPECT_FALSE(match(cast, "int", std::vector<Type>{boolean}));
}

}  // namespace
}  // namespace ws::lang
