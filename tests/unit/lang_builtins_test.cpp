#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "lang/builtins.h"
#include "lang/decompositions.h"

namespace ws::lang {
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

TEST(Builtins, SpatialAndVariadicRows) {
  const Type sv = Type::vector_of(6, Scalar::Float32);
  std::vector<Type> two{sv, sv};
  auto dot = resolve("spatial_dot", two);
  ASSERT_TRUE(dot);
  EXPECT_EQ(dot->result, f32);
  std::vector<Type> top{sv};
  EXPECT_EQ(resolve("spatial_top", top)->result, v3);
  EXPECT_FALSE(resolve("spatial_top", std::vector<Type>{v3}));

  // matrix_from_cols: square only, the scalar is a template argument of the forward call
  std::vector<Type> cols{v3, v3, v3};
  auto m = resolve("matrix_from_cols", cols);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->result, Type::matrix_of(3, 3, Scalar::Float32));
  EXPECT_TRUE(m->row->flags & kTemplScalar);
  EXPECT_FALSE(resolve("matrix_from_cols", std::vector<Type>{v3, v3}));  // 3x2: initializer-list form

  std::vector<Type> argmin{Type::vector_of(4, Scalar::Int32)};
  EXPECT_EQ(resolve("argmin", argmin)->result, Type::scalar_of(Scalar::UInt32));
  EXPECT_FALSE(resolve("argmin", argmin)->row->flags & kDiff);

  std::vector<Type> approx{f32, f32};
  EXPECT_EQ(resolve("div_approx", approx)->row->native, "approx_div");
  EXPECT_TRUE(resolve("div_approx", approx)->row->flags & kReqOut);
}

// The spatial query rows against Warp 1.19.0's builtin_functions: overloads by query kind, the
// out-parameter forms, and trailing defaults left out (resolve reports the ones the call gets).
TEST(Builtins, SpatialQueryRows) {
  const Type u64 = Type::scalar_of(Scalar::UInt64);
  const Type b = Type::scalar_of(Scalar::Bool);
  const Type v3d = Type::vector_of(3, Scalar::Float64);
  auto hg = resolve("hash_grid_query", std::vector<Type>{u64, v3d, Type::scalar_of(Scalar::Float64)});
  ASSERT_TRUE(hg);
  EXPECT_EQ(hg->result, Type::query_of(types::Query::HashGrid, Scalar::Float64));
  EXPECT_FALSE(hg->row->flags & kDiff);
  EXPECT_FALSE(resolve("hash_grid_query", std::vector<Type>{u64, v3d, f32}));  // a float32 radius
  EXPECT_EQ(resolve("hash_grid_query_next", std::vector<Type>{hg->result, i32})->result, b);

  auto point = resolve("mesh_query_point", std::vector<Type>{u64, v3, f32});
  ASSERT_TRUE(point);
  EXPECT_EQ(point->result, Type::query_of(types::Query::MeshPoint));
  EXPECT_EQ(point->row->flags, kDiff | kReqOut);
  EXPECT_TRUE(point->defaulted.empty());
  auto out_params = resolve("mesh_query_point", std::vector<Type>{u64, v3, f32, f32, i32, f32, f32});
  ASSERT_TRUE(out_params);
  EXPECT_EQ(out_params->result, b);
  EXPECT_EQ(out_params->row->flags, kDiff);

  // winding number: accuracy=2.0 and threshold=0.5 when left out
  auto wn = resolve("mesh_query_point_sign_winding_number", std::vector<Type>{u64, v3, f32});
  ASSERT_TRUE(wn);
  ASSERT_EQ(wn->defaulted.size(), 2u);
  EXPECT_EQ(wn->defaulted[0].value, 2.0);
  EXPECT_EQ(wn->defaulted[1].value, 0.5);
  auto wn1 = resolve("mesh_query_point_sign_winding_number", std::vector<Type>{u64, v3, f32, f32});
  ASSERT_EQ(wn1->defaulted.size(), 1u);
  EXPECT_EQ(wn1->defaulted[0].value, 0.5);
  EXPECT_FALSE(resolve("mesh_query_point_sign_winding_number", std::vector<Type>{u64, v3}));

  // bvh_query_next's native function is the query kind's; max_dist=inf and root=-1 by default
  auto ray = resolve("bvh_query_ray", std::vector<Type>{u64, v3, v3});
  ASSERT_TRUE(ray);
  ASSERT_EQ(ray->defaulted.size(), 1u);
  EXPECT_FALSE(ray->defaulted[0].is_float);
  EXPECT_EQ(ray->defaulted[0].value, -1.0);
  auto next = resolve("bvh_query_next", std::vector<Type>{ray->result, i32});
  ASSERT_TRUE(next);
  EXPECT_EQ(next->row->native, "bvh_query_ray_next");
  ASSERT_EQ(next->defaulted.size(), 1u);
  EXPECT_TRUE(next->defaulted[0].is_float && std::isinf(next->defaulted[0].value));
  auto sphere = resolve("mesh_query_sphere", std::vector<Type>{u64, v3, f32});
  EXPECT_EQ(resolve("mesh_query_next", std::vector<Type>{sphere->result, i32})->row->native, "mesh_query_sphere_next");

  EXPECT_EQ(resolve("volume_world_to_index", std::vector<Type>{u64, v3d})->result, v3d);
  EXPECT_EQ(resolve("mesh_get", std::vector<Type>{u64})->result, Type::query_of(types::Query::Mesh));
  EXPECT_TRUE(resolve("volume_store_f", std::vector<Type>{u64, i32, i32, i32, f32})->result.is_void());
  EXPECT_FALSE(resolve("volume_store_f", std::vector<Type>{u64, i32, i32, i32, v3}));
  const Type floats = Type::array_of(f32, 1);
  EXPECT_EQ(resolve("lower_bound", std::vector<Type>{floats, f32})->result, i32);
  EXPECT_FALSE(resolve("lower_bound", std::vector<Type>{Type::array_of(f32, 2), f32}));
}

TEST(Builtins, SpecialFormsNameTheirHook) {
  ASSERT_TRUE(special_form("tid"));
  EXPECT_EQ(special_form("tid")->emit, Emit::Tid);
  EXPECT_EQ(special_form("transform_identity")->emit, Emit::IdentityConstant);
  EXPECT_EQ(special_form("where")->emit, Emit::Where);
  EXPECT_FALSE(special_form("sin"));
  EXPECT_TRUE(has_key("where"));
  EXPECT_TRUE(has_key("sin"));
  EXPECT_FALSE(has_key("<"));  // comparisons are written inline, never called by key
  EXPECT_EQ(special_form("atomic_or")->emit, Emit::Atomic);
  EXPECT_TRUE(has_key("atomic_add"));
  // the forms only Warp's own emitters call: dispatched by row, but wp.extract(...) in kernel source is
  // no builtin (Warp: not in the warp namespace)
  EXPECT_EQ(special_form("extract")->emit, Emit::Extract);
  EXPECT_EQ(special_form("array_store")->emit, Emit::ArrayStore);
  for (std::string_view internal : {"copy", "assign", "iter_next", "range", "extract", "address", "array_store"}) {
    ASSERT_TRUE(special_form(internal)) << internal;
    EXPECT_TRUE(special_form(internal)->flags & kInternal) << internal;
    EXPECT_FALSE(has_key(internal)) << internal;
  }
  // only Call rows resolve: a special form's arguments are its hook's to check
  EXPECT_FALSE(resolve("where", std::vector<Type>{Type::scalar_of(Scalar::Bool), f32, f32}));
}

// The several-result builtins: a special-form row for each row of lang/decompositions.h and back, whose
// arguments are float32 shapes (instantiated per scalar) and whose results are 2 or 3.
TEST(Builtins, DecompositionsHaveTheirRowsAndTableEntries) {
  size_t forms = 0;
  for (const Row& r : builtins())
    if (r.emit == Emit::Decomposition) {
      ++forms;
      EXPECT_LT(decomposition_row(r.key), std::size(kDecompositions)) << r.key;
      EXPECT_EQ(special_form(r.key), &r) << r.key;
    }
  EXPECT_EQ(forms, std::size(kDecompositions));
  for (const Decomposition& d : kDecompositions) {
    EXPECT_TRUE(d.count == 2 || d.count == 3) << d.key;
    EXPECT_EQ(d.arg.scalar, types::Scalar::Float32) << d.key;
    EXPECT_EQ(in_scalar(d.arg, types::Scalar::Float64).scalar, types::Scalar::Float64) << d.key;
  }
}

TEST(Builtins, EveryRowIsKnownByItsKey) {
  for (const Row& r : builtins()) {
    if (r.emit == Emit::Call) {
      EXPECT_TRUE(has_key(r.key)) << r.key;
      EXPECT_FALSE(r.native.empty()) << r.key;
      EXPECT_LE(r.num_defaults, r.sig.arity()) << r.key;
    } else if (r.emit >= Emit::VectorCtor && r.emit <= Emit::TransformCtor) {
      EXPECT_FALSE(r.native.empty()) << r.key;  // Warp's native_func: vec_t, mat_t, quat_t, transform_t
      EXPECT_TRUE(r.flags & kDiff) << r.key;
    } else {
      EXPECT_TRUE(r.native.empty() && (r.flags & ~kInternal) == 0) << r.key;  // the hook decides both
      EXPECT_EQ(r.num_defaults, 0) << r.key;
    }
  }
}

// A call of a type is a call of its kind's constructor row (builtins.py: vector, matrix, quaternion,
// transformation), whatever its length, shape or dtype; scalars convert through their cast rows.
TEST(Builtins, EveryCompositeTypeHasItsConstructorRow) {
  const auto key = [](const Type& t) { return constructor(t) ? constructor(t)->key : "none"; };
  EXPECT_EQ(key(v3), "vector");
  EXPECT_EQ(key(Type::vector_of(6, Scalar::Float64)), "vector");
  EXPECT_EQ(key(Type::vector_of(2, Scalar::UInt8)), "vector");
  EXPECT_EQ(key(Type::matrix_of(2, 3, Scalar::Float16)), "matrix");
  EXPECT_EQ(key(Type::quat_of(Scalar::Float64)), "quaternion");
  EXPECT_EQ(key(Type::transform_of(Scalar::Float32)), "transformation");
  EXPECT_EQ(constructor(Type::transform_of(Scalar::Float32))->emit, Emit::TransformCtor);
  EXPECT_EQ(key(f32), "none");
  EXPECT_EQ(key(Type::scalar_of(Scalar::Bool)), "none");
}

TEST(Builtins, SpatialTypeNames) {
  EXPECT_EQ(types::lookup_type_name("spatial_vector", false), Type::vector_of(6, Scalar::Float32));
  EXPECT_EQ(types::lookup_type_name("spatial_vectord", false), Type::vector_of(6, Scalar::Float64));
  EXPECT_EQ(types::lookup_type_name("spatial_matrixh", false), Type::matrix_of(6, 6, Scalar::Float16));
  EXPECT_EQ(types::lookup_type_name("spatial_matrix", false)->type_code(), "m66f4");
  EXPECT_FALSE(types::lookup_type_name("spatial_vectori", false));
}

}  // namespace
}  // namespace ws::lang
