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

// The array slot a store target names, found as eval_subscript(as_target=True) finds it: the innermost
// brackets whose indices include a slice form views (emit_indexing), then the array left consumes one
// integer index per dimension (array_slot_reference) and the rest select the component
// (select_array_slot). nullopt where the target is no slot: a whole element, a view, not an array.
std::optional<Adjoint::SlotPath> Adjoint::array_slot_path(const Expr& lhs) const {
  const Expr* element = lhs.kind == ExprKind::Attribute ? lhs.items[0].get() : &lhs;
  if (element->kind != ExprKind::Subscript) return std::nullopt;
  const Expr* root = lhs_root(*element);
  if (root->kind != ExprKind::Name) return std::nullopt;
  const Var* arr = lookup(root->text);
  if (!arr || !arr->type.is_array() || arr->type.reference) return std::nullopt;
  std::vector<const Expr*> chain;  // outermost first
  for (const Expr* n = element; n->kind == ExprKind::Subscript; n = n->items[0].get()) chain.push_back(n);
  auto group = [&](size_t g) -> const Expr& { return *chain[chain.size() - 1 - g]->items[1]; };
  auto group_size = [&](size_t g) { return group(g).kind == ExprKind::Tuple ? group(g).items.size() : size_t{1}; };
  SlotPath path{root, nullptr, {}, {}};
  size_t ndim = arr->type.ndim;
  for (size_t level = 0;;) {
    std::vector<const Expr*> flat;
    for (size_t g = level; g < chain.size(); ++g) {
      if (group(g).kind == ExprKind::Tuple) {
        for (const auto& x : group(g).items) flat.push_back(x.get());
      } else {
        flat.push_back(&group(g));
      }
    }
    // a whole element or a view (Subscript), or an attribute of a view
    if (flat.size() < ndim || (flat.size() == ndim && lhs.kind == ExprKind::Subscript)) return std::nullopt;
    size_t consumed = 0, g = level;
    while (consumed < ndim) consumed += group_size(g++);
    if (consumed != ndim) return std::nullopt;  // straddling: declined by subscript_target
    const auto head_end = flat.begin() + static_cast<long>(ndim);
    const auto slices = std::count_if(flat.begin(), head_end, [](const Expr* n) { return n->kind == ExprKind::Slice; });
    if (slices == 0) {
      if (lhs.kind == ExprKind::Attribute && head_end != flat.end()) return std::nullopt;
      path.indices.assign(flat.begin(), head_end);
      path.rest.assign(head_end, flat.end());
      return path;
    }
    if (head_end == flat.end()) return std::nullopt;
    path.view = chain[chain.size() - g];  // the brackets up to this level, evaluated as one subscript
    ndim = static_cast<size_t>(slices);   // each integer index collapses a dimension
    level = g;
  }
}

// Stores into one component of an array element (`a[i].y = v`, `a[i][2] = v`, `m[i][r, c] = v`,
// `m[i][r] = row`, `a[::2][i].x = v`): Warp's array slots (array_slot_reference, select_array_slot,
// emit_array_slot). Returns false when `lhs` is not such a target; declines the variants not reproduced.
bool Adjoint::emit_array_slot_store(const Expr& lhs, Var* rhs) {
  return emit_array_slot(
      lhs, [rhs] { return rhs; }, nullptr);
}

bool Adjoint::emit_array_slot(const Expr& lhs, const std::function<Var*()>& eval_rhs, const lang::Atomic* atomic) {
  const std::optional<SlotPath> path = array_slot_path(lhs);
  if (!path) return false;
  Var* arr = path->view ? emit_subscript(*path->view) : eval(*path->root);
  // array_slot_adjoint: a parameter's adjoint, or a view's rebuilt from its root's (_LValueOrigin steps)
  std::string arr_adj;
  if (std::find(args.begin(), args.end(), arr) != args.end()) {
    arr_adj = arr->emit_adj();
  } else if (arr->view_adjoint) {
    arr_adj = "([&]() -> " + arr->type.ctype() + " { " + *arr->view_adjoint + " return slot_adj_" +
              std::to_string(arr->view_steps) + "; }())";
  } else {
    decline("component store into a local array", lhs.pos);
  }
  Type elem = arr->type.dtype();
  if (!(elem.is_vector() || elem.is_quat() || elem.is_matrix() || elem.is_transform()))
    decline("component store into this element type", lhs.pos);
  const std::vector<const Expr*>& flat = path->rest;
  Vars indices;
  for (const Expr* n : path->indices) {
    Var* v = eval(*n);
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
    for (const Expr* n : flat) {
      Var* v = eval(*n);
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
  add_reverse("wp::adj_array_" + reverse_op + "_slot(" + arr->emit() + ", " + arr_adj + ", " + rhs->emit_adj() + ", " +
              accessor + ", " + index_list + ");");
  return true;
}

}  // namespace ws::codegen
