// The builders' view of the kernel an idiom writes (gen/idioms.h), shared by the idioms of
// gen/idioms.cpp and the spatial-query idioms of gen/queries.cpp.
#pragma once

#include <array>
#include <string>

#include "gen/idioms.h"

namespace ws::gen {

// An idiom's view of the kernel: in `params` it declares its role variables (kernel parameters, in
// order); in `body` they are v[0..n) again and it writes statements with the builders.
struct IdiomParams {
  IdiomParams(Context& c, ExprBuilder* e = nullptr, StmtBuilder* s = nullptr) : cx(c), ex(e), st(s) {}
  Context& cx;
  ExprBuilder* ex;
  StmtBuilder* st;
  std::array<VarId, 8> v{};
  int n = 0;
  IdiomShape shape;
  int indent = 1;  // where let() writes: inside a query's branch or loop, deeper

  std::string name(std::initializer_list<std::string_view> choices) {
    return cx.namer.role(cx.rng, std::span<const std::string_view>(choices.begin(), choices.size()));
  }
  // An array with the launch's shape, or 1-D of `fixed` elements (as build_kernel's own arrays).
  VarId array(std::initializer_list<std::string_view> names, TypeId t, uint8_t fixed, Role role) {
    const uint8_t ndim = fixed ? 1 : static_cast<uint8_t>(cx.policy.tid_dims);
    return v[n++] = cx.add_param(name(names), t, ndim, role, param_range(t), fixed);
  }
  void input(std::initializer_list<std::string_view> names, TypeId t, uint8_t fixed = 0) {
    cx.add_input(array(names, t, fixed, Role::Param));
    ++shape.inputs;
  }
  void output(std::initializer_list<std::string_view> names, TypeId t, uint8_t fixed = 0) {
    cx.add_output(array(names, t, fixed, Role::Output));
    ++shape.outputs;
  }
  // A float the contract gives a positive value: a time step, a stiffness, an inverse mass.
  void positive(std::initializer_list<std::string_view> names) {
    v[n++] = cx.add_param(name(names), kFloat32, 0, Role::Param, positive_param_range(), 0);
    cx.prog.vars[v[n - 1]].positive = true;
  }
  void scalar(std::initializer_list<std::string_view> names) {
    v[n++] = cx.add_param(name(names), kFloat32, 0, Role::Param, param_range(kFloat32), 0);
  }

  // Expressions.
  ExprId read(VarId x) { return ex->var(x); }
  ExprId own(VarId a) { return ex->own_element(a); }
  ExprId lit(int64_t tenths) { return ex->float_literal(kFloat32, tenths, 1); }
  ExprId op(std::string_view text, TClass cls, TypeId t, ExprId a, ExprId b) {
    const std::array<ExprId, 2> k{a, b};
    return ex->make_op(op_row(text, cls), t, k);
  }
  ExprId add(ExprId a, ExprId b) { return op("+", TClass::Additive, type(a), a, b); }
  ExprId sub(ExprId a, ExprId b) { return op("-", TClass::Additive, type(a), a, b); }
  ExprId mul(ExprId a, ExprId b) {  // scalar * scalar, or vector * scalar
    return is_scalar(type(a)) ? op("*", TClass::NumScalar, type(a), a, b) : op("*", TClass::Vec, type(a), a, b);
  }
  TypeId type(ExprId e) const { return cx.prog.exprs[e].type; }
  // A new local named for its role.
  VarId let(std::initializer_list<std::string_view> names, ExprId value) {
    return st->declare(indent, type(value), value, Role::Local, false, name(names));
  }
};

}  // namespace ws::gen
