// Composite value types named at module level or written inline in annotations, as Warp's
// warp/_src/types.py creates them: a warp class (`V = wp.vec3`), or a class made by the cached type
// factories `wp.types.vector(length, dtype)`, `wp.types.matrix(shape, dtype)`, `wp.types.quaternion(dtype)`
// and `wp.types.transformation(dtype)`. Such a class is
// structurally equal to the builtin type of its shape (types_equal): the same C++ spelling
// (type_ctype: wp::vec_t<6, wp::float32>), type code and constructor row; only its identity, which
// ModuleHasher's referenced types see, is its own.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "codegen/module_env.h"
#include "frontend/ast.h"

namespace ws::codegen {

struct TypeValue {
  types::Type type;
  std::string id;  // Global::type_id
};

// What `e` evaluates to: a composite type (Vector, Matrix, Quat, Transform), a reason the backend
// cannot reproduce the type `e` creates (a generic or bfloat16 dtype, a length it does not model), or
// nothing (std::monostate): `e` is no type expression at all.
using TypeExpr = std::variant<std::monostate, TypeValue, std::string>;
TypeExpr type_expression(const ModuleEnv& env, const frontend::Expr& e);

}  // namespace ws::codegen
