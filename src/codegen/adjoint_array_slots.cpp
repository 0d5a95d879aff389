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

// recurse_subscript's early emit_indexing on an array's first `ndim` index nodes forms a view, not an
// array slot, when one of them is a slice.
bool Adjoint::view_prefix(std::span<const Expr* const> flat, size_t ndim) {
  return std::any_of(flat.begin(), flat.begin() + static_cast<long>(std::min(ndim, flat.size())),
                     [](const Expr* n) { return n->kind == ExprKind::Slice; });
}

// Stores into one component of an array element (`a[i].y = v`, `a[i][2] = v`, `m[i][r, c] = v`,
// `m[i][r] = row`): Warp's array slots (array_slot_reference, select_array_slot, emit_array_slot).
// Returns false when `lhs` is not such a target; declines the variants not reproduced.
bool Adjoint::emit_array_slot_store(const Expr& lhs, Var* rhs) {
  return emit_array_slot(
      lhs, [rhs] { return rhs; }, nullptr);
}

bool Adjoint::emit_array_slot(const Expr& lhs, const std::function<Var*()>& eval_rhs, const lang::Atomic* atomic) {
  const Expr* element = lhs.kind == ExprKind::Attribute ? lhs.items[0].get() : &lhs;
  if (element->kind != ExprKind::Subscript) return false;
  const Expr* root = lhs_root(*element);
  if (root->kind != ExprKind::Name) return false;
  Var* arr = lookup(root->text);
  if (!arr || !arr->type.is_array() || arr->type.reference) return false;
  std::vector<const Expr*> flat = flat_index_nodes(*element);
  if (lhs.kind == ExprKind::Subscript && flat.size() <= arr->type.ndim) return false;  // a whole-element store
  if (view_prefix(flat, arr->type.ndim)) return false;  // the array's brackets form a view (subscript_target)
  if (lhs.kind == ExprKind::Attribute && flat.size() != arr->type.ndim) return false;
  // the root must be a parameter: its adjoint is then simply adj_<name>
  if (std::find(args.begin(), args.end(), arr) == args.end()) decline("component store into a local array", lhs.pos);
  Type elem = arr->type.dtype();
  if (!(elem.is_vector() || elem.is_quat() || elem.is_matrix() || elem.is_transform()))
    decline("component store into this element type", lhs.pos);
  // recurse_subscript groups: the array consumes its rank from the innermost brackets
  size_t consumed = 0;
  std::vector<const Expr*> chain;
  for (const Expr* n = element; n->kind == ExprKind::Subscript; n = n->items[0].get()) chain.push_back(n);
  for (auto it = chain.rbegin(); it != chain.rend() && consumed < arr->type.ndim; ++it) {
    const Expr& slice = *(*it)->items[1];
    consumed += slice.kind == ExprKind::Tuple ? slice.items.size() : 1;
  }
  if (consumed != arr->type.ndim) decline("index straddling array and element", lhs.pos);

  eval(*root);
  Vars indices;
  for (size_t k = 0; k < arr->type.ndim; ++k) {
    Var* v = eval(*flat[k]);
    if (!v || !v->type.value().is_int()) decline("non-integer array index", lhs.pos);
    indices.push_back(v);
  }
  for (Var*& v : indices) v = load(v);
  std::string index_list = join_vars(indices);
  Var* slot = add_var(elem.as_reference());
  add_forward(slot->emit() + " = &(wp::index(" + arr->emit() + ", " + index_list + "));");

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
    stmt = "wp::store(&(wp::index(" + arr->emit() + ", " + index_list + ")" + access + "), " + rhs->emit() + ");";
  } else {
    reverse_op = atomic->key;
    stmt = "wp::array_atomic_" + std::string(atomic->slot()) + "_slot(" + arr->emit() + ", " + rhs->emit() + ", " +
           accessor + ", " + index_list + ");";
  }
  add_forward(stmt, "// " + stmt);
  add_reverse("wp::adj_array_" + reverse_op + "_slot(" + arr->emit() + ", " + arr->emit_adj() + ", " + rhs->emit_adj() +
              ", " + accessor + ", " + index_list + ");");
  return true;
}

}  // namespace ws::codegen
