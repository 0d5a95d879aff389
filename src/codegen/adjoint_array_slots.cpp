// Array slots: stores and atomic updates of one component of an array element (`a[i].y = v`,
// `a[i][2] += v`, `m[i][r, c] = v`) or of a field of a struct element (`ps[i].inner.f = v`), which Warp
// emits through a reference to the slot (array_slot_reference, select_array_slot, emit_array_slot,
// atomic_array_slot) rather than the load-modify-store of a local value. The array may be a struct's
// array field (`s.x[i].y = v`), whose gradient array_slot_adjoint reaches through the struct's adjoint.
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
  const std::optional<Type> arr_type = array_root_type(*root);
  if (!arr_type) return std::nullopt;
  std::vector<const Expr*> chain;  // outermost first
  for (const Expr* n = element; n->kind == ExprKind::Subscript; n = n->items[0].get()) chain.push_back(n);
  auto group = [&](size_t g) -> const Expr& { return *chain[chain.size() - 1 - g]->items[1]; };
  auto group_size = [&](size_t g) { return group(g).kind == ExprKind::Tuple ? group(g).items.size() : size_t{1}; };
  SlotPath path{root, nullptr, {}, {}};
  size_t ndim = arr_type->ndim;
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

// The array a store target's root names, known before anything is emitted: a named array, or an array
// field of a named struct reached through struct fields (`s.x`, `s.inner.x`: a reference, as
// emit_Attribute returns it). nullopt for other roots, and for composite elements of arrays of other
// classes than plain ones: Warp forms array slots (array_slot_reference) in plain arrays only, so
// component stores into the others take another path, not modelled.
std::optional<Type> Adjoint::array_root_type(const Expr& root) const {
  auto storable = [](const Type& t) {
    return t.is_plain_array() || (t.is_array() && t.dtype_kind == types::Kind::Scalar);
  };
  if (root.kind == ExprKind::Name) {
    const Var* v = lookup(root.text);
    if (!v || !storable(v->type) || v->type.reference) return std::nullopt;
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
    if (it + 1 == fields.rend()) return storable(*t) ? std::optional(t->as_reference()) : std::nullopt;
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
  if (lhs.kind == ExprKind::Attribute && struct_element_type(*lhs.items[0]))
    return emit_struct_element_slot(lhs, eval_rhs, atomic);
  const std::optional<SlotPath> path = array_slot_path(lhs);
  if (!path) return false;
  const bool field = path->root->kind != ExprKind::Name;  // a struct's array field
  if (field && path->view) decline("component store through a view of a struct's array field", lhs.pos);
  Var* arr = path->view ? emit_subscript(*path->view) : eval(*path->root);
  // array_slot_adjoint: a parameter's adjoint, a struct field's through the struct's, or a view's rebuilt
  // from its root's (_LValueOrigin steps)
  std::string arr_adj;
  if (field) {
    arr_adj = array_slot_adjoint(*path->root, arr->type.value());
  } else if (std::find(args.begin(), args.end(), arr) != args.end()) {
    arr_adj = arr->emit_adj();
  } else if (arr->view_adjoint) {
    arr_adj = "([&]() -> " + arr->type.ctype() + " { " + *arr->view_adjoint + " return slot_adj_" +
              std::to_string(arr->view_steps) + "; }())";
  } else {
    decline("component store into a local array", lhs.pos);
  }
  Type elem = arr->type.value().dtype();
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
  return emit_slot_update(lhs, {arr_expr, index_list, arr_adj}, access, component, eval_rhs, atomic);
}

// emit_array_slot (with atomic_array_slot's type check): the store or atomic update of the slot
// `wp::index(<root>, <indices>)<access>`, whose value has type `component`. The value is evaluated here,
// after the slot, as Warp does for augmented assignment.
bool Adjoint::emit_slot_update(const Expr& lhs, const SlotRoot& slot, const std::string& access, const Type& component,
                               const std::function<Var*()>& eval_rhs, const lang::Atomic* atomic) {
  const std::string& arr_expr = slot.root;
  const std::string& index_list = slot.indices;
  std::string accessor = "[&](auto& _e) -> auto& { return _e" + access + "; }";
  // atomic_array_slot: only where _is_supported_atomic_slot_type holds; otherwise Warp loads,
  // operates and stores back, which it rejects with backward code generation (not modelled)
  if (atomic && (component.is_struct() || !lang::atomic_supports(*atomic, component.scalar)))
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
  add_reverse("wp::adj_array_" + reverse_op + "_slot(" + arr_expr + ", " + slot.adjoint + ", " + rhs->emit_adj() +
              ", " + accessor + ", " + index_list + ");");
  return true;
}

// Slots in arrays of structs.

// The type of a struct element chain `a[i, j].f1...fk` (k >= 0), known before anything is emitted: `a` an
// array root (array_root_type) of structs indexed with exactly its rank, and f1..fk fields (struct
// fields before the last) that are not arrays. nullopt for other expressions.
std::optional<Type> Adjoint::struct_element_type(const Expr& node) const {
  if (node.kind == ExprKind::Attribute) {
    const std::optional<Type> base = struct_element_type(*node.items[0]);
    if (!base || !base->is_struct()) return std::nullopt;
    const Type* field = base->strct->field(node.text);
    if (!field || field->is_array()) return std::nullopt;
    return *field;
  }
  if (node.kind != ExprKind::Subscript) return std::nullopt;
  const std::optional<Type> arr = array_root_type(*lhs_root(node));
  if (!arr || arr->dtype_kind != types::Kind::Struct || flat_index_nodes(node).size() != arr->ndim) return std::nullopt;
  return arr->dtype();
}

// eval_store_target on a struct element chain: emit_indexing(as_target=True) makes the element an array
// slot (array_slot_reference: `&(wp::index(var_a, var_0))`, origin `(*wp::address(var_a, var_0))`), and
// each field after it another (select_array_slot through _composite_attribute_slot_access: `.f`, origin
// extended by the field). None of them has an adjoint statement.
Adjoint::ElementSlot Adjoint::eval_struct_element(const Expr& node, frontend::Pos at) {
  ElementSlot e;
  if (node.kind == ExprKind::Attribute) {
    e = eval_struct_element(*node.items[0], at);
    e.access += "." + std::string(node.text);
    e.type = *e.type.strct->field(node.text);
    Var* ref = add_var(e.type.as_reference());
    ref->origin = "(" + *e.ref->origin + ")." + std::string(node.text);
    e.ref = ref;
  } else {
    const Expr* root = lhs_root(node);
    if (root->kind == ExprKind::Name && std::find(args.begin(), args.end(), lookup(root->text)) == args.end())
      decline("component store into a local array", at);
    const Type arr_type = *array_root_type(*root);
    Var* arr = eval(*root);
    Vars indices;
    for (const Expr* n : flat_index_nodes(node)) {
      Var* v = eval(*n);
      if (!v || !v->type.value().is_int()) decline("non-integer array index", at);
      indices.push_back(v);
    }
    for (Var*& v : indices) v = load(v);
    const std::optional<std::string> origin = reference_origin(arr);
    if (!origin) decline("array slot without an origin", at);
    e.slot = {arr->type.reference ? "*(" + arr->emit() + ")" : arr->emit(), join_vars(indices),
              array_slot_adjoint(*root, arr_type)};
    e.type = arr_type.dtype();
    e.ref = add_var(e.type.as_reference());
    e.ref->origin = "(*wp::address(" + *origin + ", " + e.slot.indices + "))";  // origin.extend_array
  }
  add_forward(e.ref->emit() + " = &(wp::index(" + e.slot.root + ", " + e.slot.indices + ")" + e.access + ");");
  return e;
}

// A store or atomic update of `chain.attr` with `chain` a struct element chain: the last selection of
// select_array_slot (_composite_attribute_slot_access): a struct's field that is not an array, a vector
// or quaternion component (`.component_ref(<constant>)`), or a transform's `.p` / `.q`.
bool Adjoint::emit_struct_element_slot(const Expr& lhs, const std::function<Var*()>& eval_rhs,
                                       const lang::Atomic* atomic) {
  const Type base = *struct_element_type(*lhs.items[0]);
  const std::string attr(lhs.text);
  Type component;
  size_t index = std::string_view::npos;
  if (base.is_struct()) {
    const Type* field = base.strct->field(attr);
    if (!field) decline("struct '" + base.strct->key + "' has no field '" + attr + "'", lhs.pos);
    if (field->is_array()) decline("store into an array element's array field", lhs.pos);
    component = *field;
  } else if (base.is_transform()) {
    if (attr != "p" && attr != "q") decline("attribute store into an array element", lhs.pos);
    component = attr == "p" ? Type::vector_of(3, base.scalar) : Type::quat_of(base.scalar);
  } else if ((base.is_vector() || base.is_quat()) && attr.size() == 1) {
    index = std::string_view("xyzw").substr(0, base.rows).find(attr[0]);
    if (index == std::string_view::npos) decline("vector component", lhs.pos);
    component = Type::scalar_of(base.scalar);
  } else {
    decline("attribute store into an array element", lhs.pos);
  }
  ElementSlot e = eval_struct_element(*lhs.items[0], lhs.pos);
  std::string access = e.access + "." + attr;
  if (index != std::string_view::npos) {  // vector_component_index: a constant, made here
    PyValue iv;
    iv.i = static_cast<int64_t>(index);
    access = e.access + ".component_ref(" + add_constant(iv)->emit() + ")";
  }
  return emit_slot_update(lhs, e.slot, access, component, eval_rhs, atomic);
}

}  // namespace ws::codegen
