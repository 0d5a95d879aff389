#include "builtins/builtins.h"

#include <gtest/gtest.h>

#include <vector>

namespace ws::builtins {
namespace {

using types::Scalar;
using types::Type;

const Type f32 = Type::scalar_of(Scalar::Float32);
const Type i32 = Type::scalar_of(Scalar::Int32);
const Type v3 = Type::vector_of(3, Scalar::Float32);

TEST(Builtins, ResolvesExactOverloads) {
  std::vector<Type> a{f32};
  auto sin = resolve("sin", a);
  ASSERT_TRUE(sin);
  EXPECT_EQ(sin->row->native, "sin");
  EXPECT_EQ(sin->result, f32);
  EXPECT_TRUE(sin->row->flags & kDiff);

  std::vector<Type> vs{v3, f32};
  auto mul = resolve("mul", vs);
  ASSERT_TRUE(mul);
  EXPECT_EQ(mul->result, v3);

  std::vector<Type> vv{v3, v3};
  auto dot = resolve("dot", vv);
  ASSERT_TRUE(dot);
  EXPECT_EQ(dot->result, f32);
}

TEST(Builtins, FlagsFollowWarp) {
  std::vector<Type> s{f32, f32};
  EXPECT_TRUE(resolve("div", s)->row->flags & kReqOut);  // scalar div keeps its output for the adjoint
  std::vector<Type> one{f32};
  EXPECT_TRUE(resolve("sqrt", one)->row->flags & kReqOut);
  EXPECT_FALSE(resolve("floor", one)->row->flags & kDiff);
}

TEST(Builtins, RejectsMixedOrUnknown) {
  std::vector<Type> mixed{f32, i32};
  EXPECT_FALSE(resolve("add", mixed));
  std::vector<Type> ints{i32};
  EXPECT_FALSE(resolve("sin", ints));
  EXPECT_FALSE(resolve("no_such_builtin", ints));
  EXPECT_FALSE(has_key("no_such_builtin"));
}

}  // namespace
}  // namespace ws::builtins
