// Statements (Adjoint.eval / emit_Assign / emit_AugAssign): assignment to names and tuples, stores into
// whole array elements and into components of local vectors, matrices, quaternions and transforms
// (_store_subscript, _store_attribute, assign_inplace and friends), and augmented assignment with its
// lowerings (lower_subscript_augassign, lower_attribute_augassign): atomics on array elements,
// load-operate-store for non-atomic element types, in-place updates of local components. Stores into a
// component of an array element are array slots (adjoint_array_slots.cpp).
#include "codegen/adjoint.h"
#include "frontend/unsupported.h"
#include "lang/atomics.h"
#include "lang/operators.h"

namespace ws::codegen {

// types_equal as emit_Assign checks a rebinding: tiles of one dtype are equal whatever their shape or
// storage (types_equal_generic compares a tile's class and dtype only).
static bool same_type(const types::Type& a, const types::Type& b) {
  return a == b || (a.is_tile() && b.is_tile() && a.tile->dtype == b.tile->dtype);
}

using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using frontend::Stmt;
using frontend::StmtKind;
using types::Type;

void Adjoint::eval_body(const std::vector<frontend::StmtPtr>& body) {
  for (const auto& s : body) eval_stmt(*s);
}

void Adjoint::eval_stmt(const Stmt& s) {
  set_lineno(s.pos.line);
  switch (s.kind) {
    case StmtKind::Expr:
      if (s.value->kind == ExprKind::Call) {
        emit_call(*s.value, 0);
      } else {
        eval(*s.value);
      }
      return;
    case StmtKind::Assign:
      return emit_assign(s);
    case StmtKind::AugAssign:
      return emit_aug_assign(s);
    case StmtKind::If:
      return emit_if(s);
    case StmtKind::For:
      return emit_for(s);
    case StmtKind::While:
      return emit_while(s);
    case StmtKind::Break:
      return emit_loop_exit(s, "end_");
    case StmtKind::Continue:
      return emit_loop_exit(s, "start_");
    case StmtKind::Return:
      return emit_return(s);
    case StmtKind::Pass:
      return;
    case StmtKind::Assert:
      return emit_assert(s);
    default:
      decline("statement", s.pos);
  }
}

// emit_Assert: the condition, then a C assert carrying the statement's source text (message included,
// never evaluated) with `"` escaped as `\"`.
void Adjoint::emit_assert(const Stmt& s) {
  if (s.text.find('\n') != std::string_view::npos) decline("assert over several lines", s.pos);
  Var* cond = eval(*s.value);
  if (!cond) decline("void condition", s.value->pos);
  cond = load(cond);
  std::string segment;
  for (char c : s.text) {
    if (c == '"') segment += '\\';
    segment += c;
  }
  add_forward(keep({"assert(((void)\"", segment, "\",", cond->emit(), "));"}));
}

void Adjoint::emit_assign(const Stmt& s) {
  const Expr& lhs = *s.target;
  const Expr& value = *s.value;
  if (lhs.kind == ExprKind::Tuple) {
    Vars rhs;
    if (value.kind == ExprKind::Tuple) {
      for (const auto& v : value.items) rhs.push_back(eval(*v));
    } else if (value.kind == ExprKind::Call) {
      if (lhs.items.size() < 2) decline("unpacking a call into a single name", lhs.pos);
      set_lineno(value.pos.line);  // Warp evals the call node itself here
      rhs = emit_call(value, lhs.items.size());
    } else {
      decline("tuple unpacking of a non-tuple value", value.pos);
    }
    if (rhs.size() != lhs.items.size()) decline("unpacking arity mismatch", lhs.pos);
    for (size_t i = 0; i < rhs.size(); ++i) {
      const Expr& t = *lhs.items[i];
      if (t.kind != ExprKind::Name) decline("tuple target other than names", t.pos);
      if (!rhs[i]) decline("void value", value.pos);
      if (Var* old = lookup(t.text); old && !same_type(old->type.value(), rhs[i]->type))
        decline("type change on assignment", t.pos);
      bind(t.text, rhs[i]);
    }
    return;
  }
  if (value.kind == ExprKind::Tuple) decline("tuple value", value.pos);
  if (lhs.kind == ExprKind::Name) {
    Var* rhs = eval(value);
    if (!rhs) decline("void value", value.pos);
    if (Var* old = lookup(lhs.text); old && !same_type(old->type.value(), rhs->type.value()))
      decline("type change on assignment", lhs.pos);
    Var* out = rhs;
    if (value.kind == ExprKind::Name || rhs->type.reference) out = add_builtin("copy", {rhs}, value);
    if (out->type.is_array()) out->origin = rhs->origin;  // propagate_array_alias_metadata
    bind(lhs.text, out);
    return;
  }
  if (lhs.kind == ExprKind::Attribute) {
    Var* rhs = eval(value);
    if (!rhs) decline("void value", value.pos);
    if (rhs->type.reference) rhs = add_builtin("copy", {rhs}, value);
    if (emit_array_slot_store(lhs, rhs)) return;
    if (emit_struct_field_store(lhs, rhs)) return;
    const Expr& base = *lhs.items[0];
    if (base.kind != ExprKind::Name || !lookup(base.text)) decline("attribute store target", lhs.pos);
    Var* vec = eval(base);
    if (vec->type.is_transform() && !vec->type.reference) return set_transform_part(vec, lhs, rhs);
    size_t index = (vec->type.is_vector() || vec->type.is_quat()) && !vec->type.reference && lhs.text.size() == 1
                       ? std::string_view("xyzw").substr(0, vec->type.rows).find(lhs.text[0])
                       : std::string_view::npos;
    if (index == std::string_view::npos) decline("attribute store", lhs.pos);
    PyValue iv;
    iv.i = static_cast<int64_t>(index);
    store_vector_component(vec, add_constant(iv), rhs, lhs.pos);
    return;
  }
  if (local_composite_target(lhs)) {
    Var* rhs = eval(value);
    if (!rhs) decline("void value", value.pos);
    if (rhs->type.reference) rhs = add_builtin("copy", {rhs}, value);
    Var* target = eval(*lhs_root(lhs));
    Vars call_args{target};
    for (Var* v : eval_indices(target, flat_index_nodes(lhs))) call_args.push_back(v);
    call_args.push_back(rhs);
    store_component(call_args, "assign_inplace", lhs.pos);
    return;
  }
  if (lhs.kind == ExprKind::Subscript) {
    Var* rhs = eval(value);
    if (!rhs) decline("void value", value.pos);
    if (rhs->type.reference) rhs = add_builtin("copy", {rhs}, value);
    if (emit_array_slot_store(lhs, rhs)) return;
    if (const Var* root = lhs_root(lhs)->kind == ExprKind::Name ? lookup(lhs_root(lhs)->text) : nullptr;
        root && root->type.is_tile()) {  // eval_subscript(as_target=True), eval_indices, _store_subscript
      auto [target, rest] = eval_subscript(lhs, true);
      if (!target->type.is_tile() || rest.empty()) decline("subscript assignment to a tile's element", lhs.pos);
      return store_tile_subscript(target, rest, rhs, lhs);
    }
    auto [target, index_nodes] = subscript_target(lhs);
    if (!target->type.is_array()) decline("subscript assignment to a non-array", lhs.pos);
    if (target->type.dtype_kind == types::Kind::Array) decline("store into an array of this element type", lhs.pos);
    Vars call_args{target};
    for (const Expr* n : index_nodes) call_args.push_back(eval(*n));
    call_args.push_back(rhs);
    add_builtin("array_store", call_args, lhs);
    return;
  }
  decline("assignment target", lhs.pos);
}

// _store_attribute on a local transform: `t.p = v` / `t.q = r` call transform_set_translation/_rotation.
void Adjoint::set_transform_part(Var* xform, const Expr& lhs, Var* value) {
  if (lhs.text != "p" && lhs.text != "q") decline("transform attribute", lhs.pos);
  bool p = lhs.text == "p";
  Type part = p ? Type::vector_of(3, xform->type.scalar) : Type::quat_of(xform->type.scalar);
  if (value->type.value() != part) decline("transform part of a different type", lhs.pos);
  std::string name = p ? "transform_set_translation" : "transform_set_rotation";
  add_call(CallSpec{keep({"wp::", name}), keep({"wp::adj_", name}), {}, true, false, false, true, std::nullopt},
           {xform, value});
}

// _store_subscript / _store_attribute on a local (non-reference) vector: assign_inplace.
void Adjoint::store_vector_component(Var* vec, Var* index, Var* value, frontend::Pos at) {
  store_component({vec, index, value}, "assign_inplace", at);
}

// assign_inplace / add_inplace / sub_inplace on a local vector or matrix: {target, indices..., value}.
// The value must already have the component's type (vector_assign_dispatch_func rejects others).
void Adjoint::store_component(const Vars& a, std::string_view native, frontend::Pos at) {
  const Var* target = a.front();
  if (target->type.reference) decline("component store through a reference", at);
  Type t = target->type;
  size_t nidx = a.size() - 2;
  const bool vector_like = t.is_vector() || t.is_quat() || t.is_transform();
  // vector_assign_dispatch_func: a vector's slice takes a vector of the slice's length, which is the
  // template argument
  if (vector_like && nidx == 1 && a[1] && a[1]->slice_bounds) {
    const int64_t length = slice_length(*a[1]->slice_bounds, t.rows);
    if (!a.back() || a.back()->type.value() != Type::vector_of(static_cast<int>(length), t.scalar))
      decline("slice store of a value other than a vector of its length", at);
    const std::string name = std::string(native) + "<" + std::to_string(length) + ">";
    add_call(CallSpec{keep({"wp::", name}), keep({"wp::adj_", native}), {}, true, false, false, true, std::nullopt}, a);
    return;
  }
  for (size_t i = 1; i <= nidx; ++i) {
    if (!a[i] || !a[i]->type.value().is_int()) decline("non-integer component index", at);
  }
  Type component;
  if (vector_like && nidx == 1) {
    component = Type::scalar_of(t.scalar);
  } else if (t.is_matrix() && nidx == 1) {
    component = Type::vector_of(t.cols, t.scalar);
  } else if (t.is_matrix() && nidx == 2) {
    component = Type::scalar_of(t.scalar);
  } else {
    decline("component store into this value", at);
  }
  if (!a.back() || a.back()->type.value() != component) decline("component of a different type", at);
  CallSpec spec{keep({"wp::", native}), keep({"wp::adj_", native}), {}, true, false, false, true, std::nullopt};
  add_call(spec, a);
}

// A subscript target whose root is a local vector or matrix (`v[0]`, `m[1, 2]`, `m[1][2]`).
Var* Adjoint::local_composite_target(const Expr& lhs) const {
  if (lhs.kind != ExprKind::Subscript) return nullptr;
  const Expr* root = lhs_root(lhs);
  if (root->kind != ExprKind::Name) return nullptr;
  Var* v = lookup(root->text);
  if (!v || !(v->type.is_vector() || v->type.is_matrix() || v->type.is_quat() || v->type.is_transform()))
    return nullptr;
  return v;
}

const Expr* Adjoint::lhs_root(const Expr& lhs) {
  const Expr* node = &lhs;
  while (node->kind == ExprKind::Subscript) node = node->items[0].get();
  return node;
}

// recurse_subscript's index order: innermost subscript first, tuple elements flattened.
std::vector<const Expr*> Adjoint::flat_index_nodes(const Expr& lhs) {
  std::vector<const Expr*> chain;
  for (const Expr* node = &lhs; node->kind == ExprKind::Subscript; node = node->items[0].get()) chain.push_back(node);
  std::vector<const Expr*> flat;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Expr& slice = *(*it)->items[1];
    if (slice.kind == ExprKind::Tuple) {
      for (const auto& x : slice.items) flat.push_back(x.get());
    } else {
      flat.push_back(&slice);
    }
  }
  return flat;
}

void Adjoint::emit_aug_assign(const Stmt& s) {
  const Expr& lhs = *s.target;
  std::string_view key = lang::operator_key(lang::OperatorKind::Binary, s.op);
  if (key.empty()) decline("augmented operator", s.pos);
  if (env_.find(key)) decline("module-level name shadowing an operator", s.pos);
  // `a[i] op= x` on an array element or its component: the atomic for this operator, if any
  const lang::Atomic* atomic = lang::atomic_for_operator(key);
  if (lhs.kind == ExprKind::Name) {
    Var* rhs = eval(*s.value);
    Var* target = eval(lhs);
    if (!rhs) decline("void value", s.value->pos);
    // a tile updated by a tile in place (add_inplace, sub_inplace, ...): no rebinding
    if (target->type.is_tile() && rhs->type.is_tile() && tile_inplace(key, target, rhs, s.pos)) return;
    Var* result = add_builtin(key, {target, rhs}, s.pos);
    if (Var* old = lookup(lhs.text); old && !same_type(old->type.value(), result->type.value()))
      decline("type change on augmented assignment", lhs.pos);
    bind(lhs.text, result);
    return;
  }
  {
    // lower_subscript_augassign / lower_attribute_augassign on an array element's component: an atomic
    // update of the slot (atomic_array_slot)
    auto eval_rhs = [&] { return eval(*s.value); };
    if (lhs.kind == ExprKind::Attribute && struct_element_type(*lhs.items[0])) {  // `ps[i].f op= v`
      if (!atomic) decline("augmented assignment to this array-element component", lhs.pos);
      emit_struct_element_slot(lhs, eval_rhs, atomic);
      return;
    }
    if (array_slot_path(lhs)) {
      if (!atomic) decline("augmented assignment to this array-element component", lhs.pos);
      if (emit_array_slot(lhs, eval_rhs, atomic)) return;
    }
  }
  if (lhs.kind == ExprKind::Attribute) {
    // lower_attribute_augassign on a local vector: extract, operate, assign_inplace
    const Expr& base = *lhs.items[0];
    if (base.kind != ExprKind::Name || !lookup(base.text)) decline("attribute augmented-assignment target", lhs.pos);
    Var* vec = eval(base);
    if (vec->type.is_transform() && !vec->type.reference && (lhs.text == "p" || lhs.text == "q")) {
      Var* current = emit_attribute(lhs);
      Var* rhs = eval(*s.value);
      if (!rhs) decline("void value", s.value->pos);
      return set_transform_part(vec, lhs, add_builtin(key, {current, rhs}, s.pos));
    }
    if (vec->type.is_struct()) {  // lower_attribute_augassign on a named struct: load, operate, store
      Var* current = emit_attribute(lhs);
      Var* rhs = eval(*s.value);
      if (!rhs) decline("void value", s.value->pos);
      if (!emit_struct_field_store(lhs, add_builtin(key, {current, rhs}, s.pos)))
        decline("struct field augmented assignment", lhs.pos);
      return;
    }
    if (!(vec->type.is_vector() || vec->type.is_quat()) || vec->type.reference)
      decline("attribute augmented assignment", lhs.pos);
    Var* current = emit_attribute(lhs);
    Var* rhs = eval(*s.value);
    if (!rhs) decline("void value", s.value->pos);
    Var* result = add_builtin(key, {current, rhs}, s.pos);
    size_t index = std::string_view("xyzw").find(lhs.text[0]);
    PyValue iv;
    iv.i = static_cast<int64_t>(index);
    store_vector_component(vec, add_constant(iv), result, lhs.pos);
    return;
  }
  if (local_composite_target(lhs)) {
    Var* target = eval(*lhs_root(lhs));
    Vars call_args{target};
    for (Var* v : eval_indices(target, flat_index_nodes(lhs))) call_args.push_back(v);
    if (key != "add" && key != "sub") decline("component update other than += / -=", s.pos);
    Var* rhs = eval(*s.value);
    if (!rhs) decline("void value", s.value->pos);
    call_args.push_back(rhs);
    store_component(call_args, key == "add" ? "add_inplace" : "sub_inplace", lhs.pos);
    return;
  }
  if (lhs.kind == ExprKind::Subscript) {
    auto [target, index_nodes] = subscript_target(lhs);
    if (!target->type.is_array()) decline("augmented assignment to a non-array subscript", lhs.pos);
    if (target->type.dtype_kind == types::Kind::Array)
      decline("augmented assignment to an array of this element type", lhs.pos);
    Vars call_args{target};
    for (const Expr* n : index_nodes) call_args.push_back(eval(*n));
    // types.non_atomic_types, also as a composite's scalar
    if (lang::is_non_atomic(target->type.dtype().scalar) || !atomic) {
      // lower_subscript_augassign: load the element through its address, apply the operator, store back;
      // Warp extracts from a reference target (a struct's array field) instead, which has no array overload
      if (target->type.reference) decline("augmented assignment without an atomic to a struct's array field", lhs.pos);
      for (size_t i = 1; i < call_args.size(); ++i) {
        if (!call_args[i]) decline("void index", lhs.pos);
        call_args[i] = load(call_args[i]);
      }
      Var* current = add_builtin("address", call_args, lhs);
      Var* rhs = eval(*s.value);
      if (!rhs) decline("void value", s.value->pos);
      call_args.push_back(add_builtin(key, {current, rhs}, s.pos));
      add_builtin("array_store", call_args, lhs);
      return;
    }
    Var* rhs = eval(*s.value);
    if (!rhs) decline("void value", s.value->pos);
    call_args.push_back(rhs);
    add_builtin(atomic->key, call_args, lhs);
    return;
  }
  decline("augmented assignment target", lhs.pos);
}

}  // namespace ws::codegen
