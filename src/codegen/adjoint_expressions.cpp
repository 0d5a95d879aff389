// Expressions (Adjoint.eval and emit_Name, emit_Constant, emit_Attribute, emit_Subscript, emit_BinOp,
// emit_UnaryOp, emit_BoolOp, emit_Compare, emit_IfExp): each becomes Vars and statements through the
// core's add_builtin; recurse_subscript's indexing of arrays, vectors and matrices lives here. Calls
// are in adjoint_calls.cpp.
#include <algorithm>
#include <cstdint>
#include <span>

#include "codegen/adjoint.h"
#include "frontend/unsupported.h"
#include "lang/operators.h"

namespace ws::codegen {

using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using types::Scalar;
using types::Type;

Var* Adjoint::eval(const Expr& e) {
  set_lineno(e.pos.line);
  switch (e.kind) {
    case ExprKind::Name:
      return emit_name(e);
    case ExprKind::Int:
      return add_constant(PyValue::of_int(e.int_value));
    case ExprKind::Float:
      return add_constant(PyValue::of_float(e.float_value));
    case ExprKind::Bool:
      return add_constant(PyValue::of_bool(e.int_value != 0));
    case ExprKind::Attribute:
      return emit_attribute(e);
    case ExprKind::Subscript:
      return emit_subscript(e);
    case ExprKind::BinOp:
      return emit_binop(e);
    case ExprKind::UnaryOp:
      return emit_unary(e);
    case ExprKind::BoolOp:
      return emit_boolop(e);
    case ExprKind::Compare:
      return emit_compare(e);
    case ExprKind::IfExp:
      return emit_ifexp(e);
    case ExprKind::Call: {
      auto outs = emit_call(e, 0);
      if (outs.size() > 1) decline("multi-valued call used as a value", e.pos);
      return outs.empty() ? nullptr : outs[0];
    }
    case ExprKind::Dict:
    case ExprKind::Set:  // Warp has no emit_Dict / emit_Set: it rejects them in kernels
      decline("dict or set display", e.pos);
    case ExprKind::Slice:  // eval_indices and emit_tile_subscript evaluate the slices of loads
      decline("slice in a store target", e.pos);
    default:
      decline("expression", e.pos);
  }
}

Var* Adjoint::emit_name(const Expr& e) {
  if (Var* v = lookup(e.text)) return v;
  const Global* g = env_.find(e.text);
  if (!g || g->kind != Global::Kind::Constant) decline("name '" + std::string(e.text) + "' used as a value", e.pos);
  Var* v = add_constant(g->value);
  bind(e.text, v);
  return v;
}

std::optional<PyValue> Adjoint::warp_constant(const Expr& e) const {
  return codegen::warp_constant(e, [&](const Expr& x) { return is_shadowed_warp(x); });
}

Var* Adjoint::emit_attribute(const Expr& e) {
  const Expr& base = *e.items[0];
  // wp.pi, wp.Volume.LINEAR: resolved statically, the value becomes a constant
  if (auto v = warp_constant(e)) return add_constant(*v);
  if (base.kind == ExprKind::Name && !lookup(base.text)) {
    // a float32 vector constant's component: the constant is bound like any name, then extracted
    const Global* g = env_.find(base.text);
    if (!g || g->kind != Global::Kind::Constant || g->value.kind != PyValue::Kind::Vec ||
        g->value.scalar != types::Scalar::Float32)
      decline("attribute of a global", e.pos);
  }
  Var* aggregate = eval(base);
  if (!aggregate) decline("void value", base.pos);
  Type t = aggregate->type.value();
  if (t.is_struct() || t.is_query()) return emit_struct_attribute(aggregate, e);
  // the fabric classes have `size` instead (not modelled)
  if (t.is_array() && e.text == "shape" &&
      (t.array_class == types::ArrayClass::Plain || t.array_class == types::ArrayClass::Indexed)) {
    // emit_Attribute on an array descriptor field: a pointer to the field, non-differentiable; no
    // origin (an array's fields come from the descriptor Var itself), `->` through a reference (a
    // struct's array field).
    Var* attr = add_var(Type::shape().as_reference());
    add_forward(attr->emit() + " = &(" + aggregate->emit() + (aggregate->type.reference ? "->" : ".") + "shape);");
    add_reverse(aggregate->emit_adj() + ".shape = " + attr->emit_adj() + ";");
    return attr;
  }
  if (t.is_transform() && (e.text == "p" || e.text == "q")) {
    return add_builtin(e.text == "p" ? "transform_get_translation" : "transform_get_rotation", {aggregate}, e);
  }
  if (!(t.is_vector() || t.is_quat()) || e.text.size() != 1) decline("attribute '" + std::string(e.text) + "'", e.pos);
  size_t index = std::string_view("xyzw").substr(0, t.rows).find(e.text[0]);
  if (index == std::string_view::npos) decline("vector component", e.pos);
  PyValue iv;
  iv.i = static_cast<int64_t>(index);
  Var* idx = add_constant(iv);
  return add_builtin("extract", {aggregate, idx}, e);
}

// The target side of Adjoint.eval_subscript(as_target=True): a named array, or a struct's array field
// (eval_store_target's emit_Attribute: `s.x`, `s.inner.x`), after the views its leading brackets form
// (`a[1:][i] = x`), and the index nodes of one full element index.
std::pair<Var*, std::vector<const Expr*>> Adjoint::subscript_target(const Expr& e) {
  const Expr* node = lhs_root(e);
  Var* target = nullptr;
  std::vector<const Expr*> rest;
  if (node->kind == ExprKind::Attribute && struct_element_type(*node->items[0])) {
    // an array field of a struct element (`ps[i].x[j] = v`): the element is an array slot, the field an
    // ordinary emit_Attribute through the slot's origin
    const std::optional<Type> base = struct_element_type(*node->items[0]);
    const Type* field = base->is_struct() ? base->strct->field(node->text) : nullptr;
    if (!field || !field->is_array()) decline("subscript target of an expression", node->pos);
    rest = flat_index_nodes(e);
    if (std::any_of(rest.begin(), rest.end(), [](const Expr* n) { return n->kind == ExprKind::Slice; }))
      decline("view of a struct element's array field as a store target", e.pos);
    target = emit_struct_attribute(eval_struct_element(*node->items[0], node->pos).ref, *node);
  } else if (node->kind == ExprKind::Name || (node->kind == ExprKind::Attribute && array_root_type(*node))) {
    std::tie(target, rest) = eval_subscript(e, true);
  } else {
    decline("subscript target of an expression", node->pos);
  }
  if (!target) decline("void value", node->pos);
  Type t = target->type.value();
  if (!t.is_array() || rest.size() != t.ndim) decline("subscript target other than a full array index", e.pos);
  return {target, std::move(rest)};
}

Var* Adjoint::emit_indexing(Var* target, const Vars& indices, const Expr& at) {
  Type t = target->type.value();
  if (t.is_array()) {
    const bool has_slice =
        std::any_of(indices.begin(), indices.end(), [](Var* i) { return i->type.kind == types::Kind::Slice; });
    // view_value_func: an indexed array's integer view is an indexed array; a fabric array's view is a
    // plain one, whose slot adjoints Warp builds apart (not modelled), and slices are for plain arrays
    if ((has_slice || indices.size() != t.ndim) && !t.is_plain_array() &&
        (has_slice || t.array_class != types::ArrayClass::Indexed))
      decline("view of a fabric array, or slice of an indexed one", at.pos);
    if (has_slice || indices.size() != t.ndim) return emit_array_view(target, indices, at);
    Vars call_args{target};
    for (Var* i : indices) {
      if (!i->type.value().is_int()) decline("non-integer array index", at.pos);
      call_args.push_back(load(i));
    }
    std::optional<std::string> origin = reference_origin(target);
    Var* out = add_builtin("address", call_args, at);
    if (origin) {  // origin.extend_array(indices)
      out->origin = "(*wp::address(" + *origin + ", " + join_vars(std::span(call_args).subspan(1)) + "))";
    }
    return out;
  }
  if (t.is_vector() || t.kind == types::Kind::Shape || t.is_matrix() || t.is_quat() || t.is_transform()) {
    if (std::any_of(indices.begin(), indices.end(), [](Var* i) { return i->slice_bounds.has_value(); }))
      return emit_composite_slice(target, indices, at);
    Vars call_args{target};
    for (Var* i : indices) call_args.push_back(i);
    return add_builtin("extract", call_args, at);
  }
  decline("subscript of this type", at.pos);
}

// Adjoint.eval_indices for every target but tiles: an array's slices through emit_Slice, a vector's,
// quaternion's, transform's or matrix's through eval_const_slice against the dimension's length; a tile
// meets its Slice nodes in eval, which declines them.
Vars Adjoint::eval_indices(Var* target, std::span<const Expr* const> nodes) {
  const Type t = target->type.value();
  const bool composite = t.is_vector() || t.is_quat() || t.is_transform() || t.is_matrix();
  Vars vars;
  for (size_t dim = 0; dim < nodes.size(); ++dim) {
    const Expr* n = nodes[dim];
    Var* v = nullptr;
    if (n->kind == ExprKind::Slice && t.is_array()) {
      v = emit_slice(*n);
    } else if (n->kind == ExprKind::Slice && composite) {
      if (dim >= (t.is_matrix() ? 2u : 1u)) decline("slice with more indices than dimensions", n->pos);
      v = emit_const_slice(*n, dim == 0 ? t.rows : t.cols);
    } else {
      v = eval(*n);
    }
    if (!v) decline("void index", n->pos);
    vars.push_back(v);
  }
  return vars;
}

// Adjoint.eval_subscript / recurse_subscript: the root evaluated, then at each level (innermost first) an
// array consumes its rank of indices early when more indices follow (emit_indexing). Returns the target
// and the index nodes left. As a store target only views are formed early: an element reached early is
// an array slot (array_slot_reference: emit_array_slot, or declined).
std::pair<Var*, std::vector<const Expr*>> Adjoint::eval_subscript(const Expr& e, bool as_target) {
  std::vector<const Expr*> chain;
  const Expr* node = &e;
  while (node->kind == ExprKind::Subscript) {
    chain.push_back(node);
    node = node->items[0].get();
  }
  Var* target = eval(*node);
  if (!target) decline("void value", node->pos);
  std::vector<std::vector<const Expr*>> groups;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Expr& slice = *(*it)->items[1];
    std::vector<const Expr*> ij;
    if (slice.kind == ExprKind::Tuple) {
      for (const auto& x : slice.items) ij.push_back(x.get());
    } else {
      ij.push_back(&slice);
    }
    groups.push_back(std::move(ij));
  }
  for (size_t level = 0; level < groups.size(); ++level) {
    Type t = target->type.value();
    std::vector<const Expr*> flat;
    for (size_t g = level; g < groups.size(); ++g) flat.insert(flat.end(), groups[g].begin(), groups[g].end());
    // eval_subscript's loop over a tile's bracket groups: one with a slice (a view), or a partial integer
    // index before a later view, is applied on its own (emit_indexing); integer groups stay flat
    if (t.is_tile() && groups.size() - level > 1) {
      auto sliced = [](const std::vector<const Expr*>& g) {
        return std::any_of(g.begin(), g.end(), [](const Expr* n) { return n->kind == ExprKind::Slice; });
      };
      const bool later = std::any_of(groups.begin() + static_cast<long>(level) + 1, groups.end(), sliced);
      if (sliced(groups[level]) || (groups[level].size() < t.tile->shape.size() && later)) {
        target = emit_tile_subscript(target, groups[level], e);
        continue;
      }
    }
    if (!t.is_array() || flat.size() <= t.ndim) return {target, std::move(flat)};
    size_t consumed = 0, g = level;
    while (consumed < t.ndim) consumed += groups[g++].size();
    if (consumed != t.ndim) decline("index straddling array and element", e.pos);
    std::span<const Expr* const> head(flat.data(), t.ndim);
    if (as_target && std::none_of(head.begin(), head.end(), [](const Expr* n) { return n->kind == ExprKind::Slice; }))
      decline("subscript target other than a full array index", e.pos);
    target = emit_indexing(target, eval_indices(target, head), e);
    level = g - 1;
  }
  decline("subscript", e.pos);
}

Var* Adjoint::emit_subscript(const Expr& e) {
  auto [target, rest] = eval_subscript(e, false);
  if (rest.empty()) decline("subscript", e.pos);
  if (target->type.value().is_tile()) return emit_tile_subscript(target, rest, e);
  return emit_indexing(target, eval_indices(target, rest), e);
}

Var* Adjoint::emit_binop(const Expr& e) {
  Var* left = eval(*e.items[0]);
  Var* right = eval(*e.items[1]);
  if (!left || !right) decline("void operand", e.pos);
  std::string_view key = lang::operator_key(lang::OperatorKind::Binary, e.text);
  if (key.empty()) decline("operator '" + std::string(e.text) + "'", e.pos);
  if (env_.find(key)) decline("module-level name shadowing an operator", e.pos);
  return add_builtin(key, {left, right}, e);
}

Var* Adjoint::emit_unary(const Expr& e) {
  const Expr& operand = *e.items[0];
  Var* arg = eval(operand);
  if (!arg) decline("void operand", e.pos);
  if (arg->constant && arg->constant->kind == PyValue::Kind::Bool && e.text == "-") decline("negated bool", e.pos);
  // folded for a Python int or float only (isinstance(arg.constant, (int, float))): a Warp scalar
  // constant (wp.int32(3) bound at module level, a cast constant) is negated by the neg builtin
  if (arg->constant && !arg->typed_constant &&
      (arg->constant->kind == PyValue::Kind::Int || arg->constant->kind == PyValue::Kind::Float) && e.text == "-") {
    PyValue v = *arg->constant;
    if (v.kind == PyValue::Kind::Int && v.i == INT64_MIN) decline("negated int beyond 64 bits", e.pos);
    v.i = -v.i;
    v.f = -v.f;
    // an ast.Constant operand (a literal, or a wp.static() Warp replaced by one): its fresh Var is reused
    if (operand.kind == ExprKind::Int || operand.kind == ExprKind::Float ||
        (operand.kind == ExprKind::Call && info.find_static(operand))) {
      arg->constant = v;
      return arg;
    }
    return add_constant(v);
  }
  std::string_view key = lang::operator_key(lang::OperatorKind::Unary, e.text);
  if (key.empty()) decline("operator '" + std::string(e.text) + "'", e.pos);
  return add_builtin(key, {arg}, e);
}

Var* Adjoint::emit_boolop(const Expr& e) {
  bool is_and = e.text == "and";
  Var* out = add_var(Type::scalar_of(Scalar::Bool));
  Var* first = eval(*e.items[0]);
  if (!first) decline("void operand", e.pos);
  first = load(first);
  add_forward(out->emit() + " = " + first->emit() + ";");
  for (size_t i = 1; i < e.items.size(); ++i) {
    add_forward(std::string(is_and ? "if (" : "if (!") + out->emit() + ") {");
    add_reverse("}");
    indentation_ += "    ";
    Var* v = eval(*e.items[i]);
    if (!v) decline("void operand", e.items[i]->pos);
    v = load(v);
    add_forward(out->emit() + " = " + out->emit() + (is_and ? " && " : " || ") + v->emit() + ";");
    indentation_.resize(indentation_.size() - 4);
    add_forward("}");
    add_reverse(std::string(is_and ? "if (" : "if (!") + out->emit() + ") {");
  }
  return out;
}

// emit_Compare: every operand is evaluated, then one statement (add_comp); a chain `a < b <= c` becomes
// `((a < b) && (b <= c))`, which Warp allows only between operands of the same type (`is`): here, the
// same scalar type.
Var* Adjoint::emit_compare(const Expr& e) {
  SmallVector<std::string_view, 2> ops;
  for (std::string_view o : e.ops) {
    const std::string_view op = lang::operator_key(lang::OperatorKind::Compare, o);
    if (op.empty()) decline("comparison operator '" + std::string(o) + "'", e.pos);
    ops.push_back(op);
  }
  Var* left = eval(*e.items[0]);
  Vars comps;
  for (size_t i = 1; i < e.items.size(); ++i) comps.push_back(eval(*e.items[i]));
  if (!left || std::find(comps.begin(), comps.end(), nullptr) != comps.end()) decline("void operand", e.pos);
  for (size_t i = 1; i < comps.size(); ++i) {
    const Var* prev = comps[i - 1];
    if (prev->type.kind != types::Kind::Scalar || prev->type != comps[i]->type)
      decline("chained comparison of operands of different or non-scalar types", e.items[i + 1]->pos);
  }
  return add_comp(ops, left, comps);
}

// Adjoint.add_comp: a bool, no adjoint.
Var* Adjoint::add_comp(std::span<const std::string_view> ops, Var* left, std::span<Var* const> comps) {
  Var* out = add_var(Type::scalar_of(Scalar::Bool));
  left = load(left);
  std::string s = out->emit() + " = " + std::string(comps.size(), '(') + left->emit() + " ";
  Var* prev = nullptr;
  for (size_t i = 0; i < comps.size(); ++i) {
    if (prev) {
      Var* comp = load(comps[i]);
      s += "&& (" + prev->emit() + " " + std::string(ops[i]) + " " + comp->emit() + ")) ";
      prev = comp;
    } else {
      prev = load(comps[i]);
      s += std::string(ops[i]) + " " + prev->emit() + ") ";
    }
  }
  s.back() = ';';
  add_forward(s);
  return out;
}

Var* Adjoint::emit_ifexp(const Expr& e) {
  Var* cond = eval(*e.items[0]);
  if (!cond) decline("void condition", e.pos);
  if (cond->constant) {
    if (cond->constant->kind == PyValue::Kind::Vec) decline("vector constant as a condition", e.pos);
    bool truth = cond->constant->kind == PyValue::Kind::Float ? cond->constant->f != 0 : cond->constant->i != 0;
    return eval(*e.items[truth ? 1 : 2]);
  }
  auto branch = [&](const Expr& x) {
    Var* v = eval(x);
    if (!v) decline("void value", x.pos);
    return v->type.reference ? add_builtin("copy", {v}, x) : load(v);
  };
  add_forward("if (" + load(cond)->emit() + ") {");
  add_reverse("}");
  indentation_ += "    ";
  Var* body = branch(*e.items[1]);
  indentation_.resize(indentation_.size() - 4);
  add_forward("}");
  add_reverse("if (" + load(cond)->emit() + ") {");
  add_forward("if (!" + load(cond)->emit() + ") {");
  add_reverse("}");
  indentation_ += "    ";
  Var* orelse = branch(*e.items[2]);
  indentation_.resize(indentation_.size() - 4);
  add_forward("}");
  add_reverse("if (!" + load(cond)->emit() + ") {");
  return add_builtin("where", {cond, body, orelse}, e);
}

}  // namespace ws::codegen
