// Array slots: stores and atomic updates of one component of an array element (`a[i].y = v`,
// `a[i][2] += v`, `m[i][r, c] = v`), which Warp emits through a reference to the slot
// (array_slot_reference, select_array_slot, emit_array_slot, atomic_array_slot) rather than the
// load-modify-store of a local value.
#include <algorithm>

#include "codegen/adjoint.h"
#include "frontend/unsupported.h"
#include "lang/atomics.h"

namespace ws::codegen {

using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using types::Type;

// Stores into one component of an array element (`a[i].y = v`, `a[i][2] = v`, `m[i][r, c] = v`,
// `m[i][r] = row`): Warp's array slots (array_slot_reference, select_array_slot, emit_array_slot).
// Returns false when `lhs` is not such a target; declines the variants not reproduced.
bool Adjoint::emit_array_slot_store(const Expr& lhs, Var* rhs) {
  return emit_array_slot(
      lhs, [rhs] { return rhs; }, nullptr);
}

// The array a store target's root names, known before anything is emitted: a named array, or an array
// field of a named struct reached through struct fields (`s.x`, `s.inner.x`: a reference, as
// emit_Attribute returns it). nullopt for other roots.
std::optional<Type> Adjoint::array_root_type(const Expr& root) const {
  if (root.kind == ExprKind::Name) {
    const Var* v = lookup(root.text);
    if (!v || !v->type.is_array() || v->type.reference) return std::nullopt;
    return v->type;
  }
  std::vector<std::string_view> fields;
  const Expr* node = &root;
  for (; node->kind == ExprKind::Attribute; node = node->items[0].get()) fields.push_back(node->text);
  if (node->kind != ExprKind::Name) return std::nullopt;
  const Var* v = lookup(node->text);
  if (!v || !v->type.is_struct() || v->type.reference) return std::nullopt;
  const types::StructDef* s = v->type.strct;
  for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
    const Type* t = s ? s->field(*it) : nullptr;
    if (!t) return std::nullopt;
    if (it + 1 == fields.rend()) return t->is_array() ? std::optional(t->as_reference()) : std::nullopt;
    s = t->is_struct() ? t->strct : nullptr;
  }
  return std::nullopt;
}

// array_slot_adjoint: where a slot update's gradient goes. A parameter array's own adjoint; for a
// struct's array field, a lambda that walks the named struct's adjoint down the field path (each
// _LValueOrigin step materialized as `slot_adj_<n>`).
std::string Adjoint::array_slot_adjoint(const Expr& root, const Type& array) {
  if (root.kind == ExprKind::Name) return lookup(root.text)->emit_adj();
  std::vector<std::string_view> fields;
  const Expr* node = &root;
  for (; node->kind == ExprKind::Attribute; node = node->items[0].get()) fields.push_back(node->text);
  std::string body = "auto slot_adj_0 = " + lookup(node->text)->emit_adj() + ";";
  size_t n = 0;
  for (auto it = fields.rbegin(); it != fields.rend(); ++it, ++n) {
    body +=
        " auto slot_adj_" + std::to_string(n + 1) + " = (slot_adj_" + std::to_string(n) + ")." + std::string(*it) + ";";
  }
  body += " return slot_adj_" + std::to_string(n) + ";";
  return "([&]() -> " + array.value().ctype() + " { " + body + " }())";
}

bool Adjoint::emit_array_slot(const Expr& lhs, const std::function<Var*()>& eval_rhs, const lang::Atomic* atomic) {
  const Expr* element = lhs.kind == ExprKind::Attribute ? lhs.items[0].get() : &lhs;
  if (element->kind != ExprKind::Subscript) return false;
  const Expr* root = lhs_root(*element);
  const std::optional<Type> arr_type = array_root_type(*root);
  if (!arr_type) return false;
  std::vector<const Expr*> flat = flat_index_nodes(*element);
  if (lhs.kind == ExprKind::Subscript && flat.size() <= arr_type->ndim) return false;  // a whole-element store
  if (lhs.kind == ExprKind::Attribute && flat.size() != arr_type->ndim) return false;
  // a named root must be a parameter: its adjoint is then simply adj_<name>
  if (root->kind == ExprKind::Name && std::find(args.begin(), args.end(), lookup(root->text)) == args.end())
    decline("component store into a local array", lhs.pos);
  Type elem = arr_type->dtype();
  if (!(elem.is_vector() || elem.is_quat() || elem.is_matrix() || elem.is_transform()))
    decline("component store into this element type", lhs.pos);
  // recurse_subscript groups: the array consumes its rank from the innermost brackets
  size_t consumed = 0;
  std::vector<const Expr*> chain;
  for (const Expr* n = element; n->kind == ExprKind::Subscript; n = n->items[0].get()) chain.push_back(n);
  for (auto it = chain.rbegin(); it != chain.rend() && consumed < arr_type->ndim; ++it) {
    const Expr& slice = *(*it)->items[1];
    consumed += slice.kind == ExprKind::Tuple ? slice.items.size() : 1;
  }
  if (consumed != arr_type->ndim) decline("index straddling array and element", lhs.pos);

  Var* arr = eval(*root);
  Vars indices;
  for (size_t k = 0; k < arr_type->ndim; ++k) {
    Var* v = eval(*flat[k]);
    if (!v || !v->type.value().is_int()) decline("non-integer array index", lhs.pos);
    indices.push_back(v);
  }
  for (Var*& v : indices) v = load(v);
  std::string index_list = join_vars(indices);
  // _array_slot_root_expr: a reference root is dereferenced
  const std::string arr_expr = arr->type.reference ? "*(" + arr->emit() + ")" : arr->emit();
  Var* slot = add_var(elem.as_reference());
  add_forward(slot->emit() + " = &(wp::index(" + arr_expr + ", " + index_list + "));");

  std::string access;
  Type component;
  if (lhs.kind == ExprKind::Attribute && elem.is_transform()) {
    // _composite_attribute_slot_access: `.p` (a vec3) or `.q` (a quaternion) of the element
    if (lhs.text != "p" && lhs.text != "q") decline("attribute store into an array element", lhs.pos);
    access = "." + std::string(lhs.text);
    component = lhs.text == "p" ? Type::vector_of(3, elem.scalar) : Type::quat_of(elem.scalar);
  } else if (lhs.kind == ExprKind::Attribute) {
    size_t index = elem.is_matrix() || lhs.text.size() != 1
                       ? std::string_view::npos
                       : std::string_view("xyzw").substr(0, elem.rows).find(lhs.text[0]);
    if (index == std::string_view::npos) decline("attribute store into an array element", lhs.pos);
    PyValue iv;
    iv.i = static_cast<int64_t>(index);
    access = ".component_ref(" + add_constant(iv)->emit() + ")";
    component = Type::scalar_of(elem.scalar);
  } else {
    Vars rest;
    for (size_t k = arr->type.ndim; k < flat.size(); ++k) {
      Var* v = eval(*flat[k]);
      if (!v || !v->type.value().is_int()) decline("non-integer component index", lhs.pos);
      rest.push_back(v);
    }
    for (Var*& v : rest) v = load(v);  // _composite_subscript_slot_access loads them
    std::string list = join_vars(rest);
    if ((elem.is_vector() || elem.is_quat() || elem.is_transform()) && rest.size() == 1) {
      access = ".component_ref(" + list + ")";
      component = Type::scalar_of(elem.scalar);
    } else if (elem.is_matrix() && rest.size() == 2) {
      access = ".element_ref(" + list + ")";
      component = Type::scalar_of(elem.scalar);
    } else if (elem.is_matrix() && rest.size() == 1) {
      access = ".row_ref(" + list + ")";
      component = Type::vector_of(elem.cols, elem.scalar);
    } else {
      decline("component store with this many indices", lhs.pos);
    }
  }
  std::string accessor = "[&](auto& _e) -> auto& { return _e" + access + "; }";
  // atomic_array_slot: only where _is_supported_atomic_slot_type holds; otherwise Warp loads,
  // operates and stores back, which it rejects with backward code generation (not modelled)
  if (atomic && !lang::atomic_supports(*atomic, component.scalar))
    decline("augmented assignment to this array-element component", lhs.pos);
  Var* rhs = eval_rhs();
  if (!rhs) decline("void value", lhs.pos);
  if (rhs->type.reference) rhs = add_builtin("copy", {rhs}, lhs);
  if (rhs->type.value() != component) decline("component store of a different type", lhs.pos);
  std::string reverse_op = "store";
  std::string stmt;
  if (!atomic) {
    stmt = "wp::store(&(wp::index(" + arr_expr + ", " + index_list + ")" + access + "), " + rhs->emit() + ");";
  } else {
    reverse_op = atomic->key;
    stmt = "wp::array_atomic_" + std::string(atomic->slot()) + "_slot(" + arr_expr + ", " + rhs->emit() + ", " +
           accessor + ", " + index_list + ");";
  }
  add_forward(stmt, "// " + stmt);
  add_reverse("wp::adj_array_" + reverse_op + "_slot(" + arr_expr + ", " + array_slot_adjoint(*root, *arr_type) + ", " +
              rhs->emit_adj() + ", " + accessor + ", " + index_list + ");");
  return true;
}

}  // namespace ws::codegen
