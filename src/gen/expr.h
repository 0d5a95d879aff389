// Type-directed random expressions: build(t, depth) returns an expression of exactly type t, so the
// result never needs Warp's type checker to agree after the fact. Every production (variable, literal,
// array element, array shape, operator/builtin row, cast, constructor, component, ternary, helper call)
// is weighted by the policy and only offered when it can produce t from what is in scope. Operators
// whose operands all came out constant get one operand replaced by a variable, so the generator does
// not write `if 0.5 < 2.0:`.
//
// Every expression carries its value range (gen/range.h). A production whose result could overflow its
// type, divide by zero or leave a builtin's domain is guarded the way people guard it (wp.max(x, eps),
// wp.clamp(x, -1.0, 1.0), a literal divisor) or, failing that, replaced by a plain value. Array indices
// are in bounds for any launch under the contract: the thread's own index, or an index clamped to the
// array's shape (wp.min(i + 1, a.shape[0] - 1)), wrapped by it (k % a.shape[0]), or known to fit.
#pragma once

#include <span>

#include "gen/context.h"

namespace ws::gen {

// Structural equality of two expression trees (for the small operand trees it is used on).
bool same_expr(const Program& p, ExprId a, ExprId b);

class ExprBuilder {
 public:
  explicit ExprBuilder(Context& cx) : cx_(cx) {}

  ExprId build(TypeId t, int depth);
  // A call of an earlier @wp.func returning t when there is one, else build(t, depth).
  ExprId call_or_build(TypeId t, int depth) { return count_callables(t) > 0 ? call(t, depth) : build(t, depth); }
  ExprId leaf(TypeId t) { return build(t, 0); }
  // A branch condition that the data decides (never True, `x >= x` or `t + 7 <= t`), or kNoExpr when
  // nothing in scope can make one (a helper without a float value): then no branch is written.
  ExprId cond(int depth);
  ExprId literal(TypeId t);
  ExprId int_literal(int64_t v);
  // Zero of a numeric or vector type that is never a Warp constant: float(0.0), wp.vec3(0.0).
  ExprId zero(TypeId t);
  ExprId var(VarId v);                    // a read of v
  ExprId shape_of(VarId array, int dim);  // array.shape[dim]
  ExprId lvalue(VarId v);                 // v as an assignment target (not a read)
  ExprId element(VarId array);            // array[indices], in bounds for any launch
  // array[tid]: the element this thread owns (arrays with the launch's shape).
  ExprId own_element(VarId array);
  // array[index, ...]: the first axis indexed by `index` (fitted to the array), the others as element().
  ExprId element_along(VarId array, VarId index);
  // e as a value of type `want` (a conversion, a component, a broadcast), or kNoExpr when there is no
  // natural one or it would not fit.
  ExprId convert(ExprId e, TypeId want);
  ExprId float_literal(TypeId t, int64_t mantissa, uint8_t decimals);
  // A variable, array element or component of type t, or kNoExpr when nothing in scope has that type.
  ExprId source(TypeId t);
  bool has_source(TypeId t) const;
  // An int32 that varies at run time, for loop bounds: an int parameter, an array extent, or an expression.
  ExprId extent();
  ExprId make_op(uint16_t row, TypeId result, std::span<const ExprId> kids) {
    return make(ExprKind::Op, result, row, kids);
  }
  // wp.<name>(kids...) through the table's row of that name for the kids' scalar type.
  ExprId call_builtin(std::string_view name, std::span<const ExprId> kids);
  // T(e): a conversion, or with T == e's type a copy that makes a fresh (non-constant) value.
  ExprId cast_to(TypeId t, ExprId e) { return make(ExprKind::Cast, t, 0, std::span<const ExprId>(&e, 1)); }
  // An lvalue component of a composite variable or array element: v[1], v.y, m[i, j], m[2], a[i].x.
  ExprId component_of(ExprId base);
  // A stencil neighbour of the thread's own element of a launch-shaped array, `offset` (-1 or 1) along
  // `axis`, clamped to the array: u[wp.max(i - 1, 0)], u[i, wp.min(j + 1, u.shape[1] - 1)].
  ExprId neighbor(VarId array, int axis, int offset);
  ExprId clamp(VarId array, int dim, ExprId e);  // wp.clamp(e, 0, a.shape[d] - 1)
  // wp.<query>(kids...): a row of query_calls() (gen/queries.h); q.<field> of a query object local.
  ExprId query(uint16_t row, std::span<const ExprId> kids);
  // With `index`, an element of an array field: m.points[index] of a wp.mesh_get descriptor.
  ExprId query_field(VarId object, uint16_t field, ExprId index = kNoExpr);
  // array[index] of a 1-D array, for an index the launch contract keeps inside it: a point id of the
  // kernel's hash grid (launch-shaped arrays), a face or item index of its mesh or BVH (arrays of that
  // fixed size; gen/queries.h).
  ExprId at(VarId array, ExprId index);

 private:
  ExprId make(ExprKind kind, TypeId type, uint16_t ref, std::span<const ExprId> kids, uint8_t aux = 0,
              int64_t value = 0);
  ExprId production(ExprChoice choice, TypeId t, int depth);
  // `x < 0.5`, `i > 8`: a value in scope against a threshold inside its range (kNoExpr without one).
  ExprId threshold();
  ExprId op(const Producer& p, int depth);
  ExprId cast(TypeId t, int depth);
  ExprId construct(TypeId t, int depth);
  ExprId component(TypeId t);
  ExprId ternary(TypeId t, int depth);
  ExprId call(TypeId t, int depth);
  ExprId shape();
  ExprId last_index(VarId array, int dim);  // array.shape[dim] - 1
  // tid[dim] + offset kept on the axis: wp.max(i - 1, 0), wp.min(i + 2, a.shape[0] - 1).
  ExprId neighbor_index(VarId array, int dim, int offset);
  ExprId index_for(VarId array, int dim);
  ExprId wrap(VarId array, int dim, ExprId e);  // e >= 0 onto the axis: e % a.shape[d], wp.min(e, ...)
  ExprId fit(VarId array, int dim, ExprId e);   // e as is when its range fits the axis, else wrapped or clamped
  // Replaces operands that would leave the row's domain (a divisor that may be zero, log of x <= 0).
  void guard(const Op& op, TypeId t, std::span<ExprId> kids);
  Range range_of(ExprKind kind, TypeId type, uint16_t ref, std::span<const ExprId> kids, uint8_t aux,
                 int64_t value) const;
  // A value of type t to use instead of a production that did not fit.
  ExprId fallback(TypeId t, size_t read_mark);
  const ProducerChoices& choices(TypeId t);
  int count_vars(TypeId t) const;
  VarId pick_var(TypeId t);
  int count_arrays(TypeId t) const;  // input arrays of dtype t readable here
  VarId pick_array(TypeId t);        // kNoType: any input
  bool component_source(TypeId t) const;
  int count_callables(TypeId t);
  bool callable(uint16_t f, TypeId t);  // returns t, and every array parameter has an argument in scope
  VarId array_argument(VarId param, bool pick);

  Context& cx_;
  bool in_index_ = false;    // building array indices: no nested array reads
  bool in_ternary_ = false;  // building a conditional expression's parts: no conditional inside one
};

}  // namespace ws::gen
