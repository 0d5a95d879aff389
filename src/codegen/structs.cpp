#include "codegen/structs.h"

#include <vector>

#include "codegen/adjoint.h"
#include "codegen/hasher.h"
#include "codegen/template_format.h"
#include "frontend/unsupported.h"
#include "types/query.h"

namespace ws::codegen {
namespace {

using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using frontend::Stmt;
using frontend::StmtKind;
using types::Scalar;
using types::Type;

// codegen.struct_template, verbatim.
constexpr std::string_view kStructTemplate = R"(
struct {name}
{{
{struct_body}

    {defaulted_constructor_def}
    CUDA_CALLABLE {name}({forward_args})
    {forward_initializers}
    {{
    }}

    CUDA_CALLABLE {name}& operator += (const {name}& rhs)
    {{{prefix_add_body}
        return *this;}}
{tile_member_ops}
}};

static CUDA_CALLABLE void adj_{name}({reverse_args})
{{
{reverse_body}}}

// Required when compiling adjoints.
CUDA_CALLABLE {name} add(const {name}& a, const {name}& b)
{{
{add_body}
}}

CUDA_CALLABLE void adj_atomic_add({name}* p, {name} t)
{{
{atomic_add_body}}}

{tile_helper_body}

)";

// field_type_accumulates: nested structs, and value fields (not arrays) of the wp.atomic_add() scalar types.
bool accumulates(const Type& t) {
  if (t.is_struct()) return true;
  if (t.is_array()) return false;
  switch (t.scalar) {
    case Scalar::Int32:
    case Scalar::Int64:
    case Scalar::UInt32:
    case Scalar::UInt64:
    case Scalar::Float16:
    case Scalar::Float32:
    case Scalar::Float64:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::unique_ptr<types::StructDef> define_struct(const ModuleEnv& env, const Stmt& cls) {
  if (cls.decorators.size() != 1) decline("class without exactly one @wp.struct decorator", cls.pos);
  const Expr& d = *cls.decorators[0];
  bool is_struct = d.kind == ExprKind::Attribute && d.text == "struct" && d.items[0]->kind == ExprKind::Name;
  if (is_struct) {
    const Global* g = env.find(d.items[0]->text);
    is_struct = g && g->kind == Global::Kind::WarpModule;
  }
  if (!is_struct) decline("class decorator other than @wp.struct", d.pos);
  auto s = std::make_unique<types::StructDef>();
  // make_full_qualified_name of a top-level class: its (ASCII identifier) name
  s->key = std::string(cls.name);
  s->line = cls.pos.line;
  for (std::string_view shadowed : {"float", "int", "bool", "len", "min", "max", "abs", "round", "pow"}) {
    if (cls.name == shadowed) decline("struct named like a Python builtin", cls.pos);
  }
  std::string hashed = s->key;
  for (const auto& st : cls.body) {
    if (st->kind == StmtKind::Pass) continue;
    if (st->kind == StmtKind::Expr && st->value->kind == ExprKind::Str) {
      // a docstring; the class body runs when Python defines the class, f-strings' fields included
      std::string_view prefix = st->value->text.substr(0, st->value->text.find_first_of("'\""));
      if (prefix.find_first_of("fF") != std::string_view::npos) decline("f-string in a struct body", st->pos);
      continue;
    }
    if (st->kind != StmtKind::AnnAssign || st->target->kind != ExprKind::Name)
      decline("struct body statement other than a field annotation", st->pos);
    if (st->value) decline("struct field with a default value", st->pos);
    std::string name(st->target->text);
    if (s->field(name)) decline("struct field annotated twice", st->pos);
    const Expr& ann = *st->annotation;
    Type t = annotation_type(env, ann);
    if (t.kind != types::Kind::Array && t.kind != types::Kind::Scalar && t.kind != types::Kind::Vector &&
        t.kind != types::Kind::Matrix && t.kind != types::Kind::Quat && t.kind != types::Kind::Transform &&
        t.kind != types::Kind::Struct)
      decline("struct field type", ann.pos);
    hashed += name + ":" + t.type_code();
    if (t.is_struct()) hashed += t.strct->hash;  // a nested struct's own hash follows its code
    s->fields.emplace_back(std::move(name), t);
  }
  const Digest digest = sha256(hashed);
  s->hash.assign(digest.begin(), digest.end());
  s->native_name = s->key + "_" + hex(digest, 4);
  return s;
}

std::string codegen_struct(const types::StructDef& s) {
  const std::string& name = s.native_name;
  const std::string ind = "    ";
  std::string body;
  std::vector<std::string> forward_args, reverse_args;
  std::string forward_initializers, reverse_body, atomic_add_body, prefix_add_body;
  if (s.fields.empty()) {
    body = ind + "char _dummy_;\n";
  }
  for (const auto& [label, t] : s.fields) {
    std::string ct = t.ctype();
    body += ind + ct + " " + label + ";\n";
    forward_args.push_back(ct + " const& " + label + (forward_args.empty() ? "" : " = {}"));
    reverse_args.push_back(ct + " const&");
    std::string ns = ct.starts_with("wp::") || ct == "bool" ? "wp::" : "";
    atomic_add_body += ind + ns + "adj_atomic_add(&p->" + label + ", t." + label + ");\n";
    forward_initializers += ind + (forward_initializers.empty() ? ":" : ind + ",") + " " + label + "{" + label + "}\n";
  }
  for (const auto& [label, t] : s.fields) {
    if (accumulates(t)) prefix_add_body += ind + label + " += rhs." + label + ";\n";
  }
  for (const auto& [label, t] : s.fields) {
    reverse_args.push_back(t.ctype() + " & adj_" + label);
    reverse_body += ind + "adj_" + label + (t.is_array() ? " = " : " += ") + "adj_ret." + label + ";\n";
  }
  reverse_args.push_back(name + " & adj_ret");
  std::string defaulted = s.fields.empty() ? "" : name + "() = default;";
  std::string add_body = "    return " + name + "();";
  std::string fa = indent(forward_args), ra = indent(reverse_args);
  return format(kStructTemplate, {{"name", name},
                                  {"struct_body", body},
                                  {"forward_args", fa},
                                  {"forward_initializers", forward_initializers},
                                  {"reverse_args", ra},
                                  {"reverse_body", reverse_body},
                                  {"prefix_add_body", prefix_add_body},
                                  {"atomic_add_body", atomic_add_body},
                                  {"tile_member_ops", ""},
                                  {"add_body", add_body},
                                  {"tile_helper_body", ""},
                                  {"defaulted_constructor_def", defaulted}});
}

}  // namespace ws::codegen

// ---------------------------------------------------------------------------------------------
// Adjoint: struct fields (emit_Attribute and _store_attribute on a struct)

namespace ws::codegen {
namespace {

// Adjoint.is_differentiable_value_type for a field type: of a float scalar type (not an array: a Mesh's
// arrays), or a struct.
bool differentiable(const Type& t) {
  return (types::is_float_scalar(t.scalar) && !t.is_array()) || t.is_struct();
}

}  // namespace

// Adjoint.reference_origin_for_var: a reference's recorded origin; a named local (a copy) is its own
// storage; an anonymous temporary keeps what its producer recorded.
std::optional<std::string> Adjoint::reference_origin(const Var* v) const {
  if (v->type.reference) return v->origin;
  if (v->type.is_array() && v->origin) return v->origin;
  for (const auto& [name, bound] : symbols_) {
    if (bound == v) return v->emit();
  }
  return v->origin;
}

// emit_Attribute on a struct value or reference, or on a query result (whose `vars` Warp reads through
// the same branch): a pointer to the field, `+=` into the aggregate's adjoint for float fields and `=`
// for the others.
Var* Adjoint::emit_struct_attribute(Var* aggregate, const Expr& e) {
  const Type& t = aggregate->type;
  const Type* field = nullptr;
  if (t.is_query()) {
    for (const types::QueryField& f : types::query_fields(t.query))
      if (f.name == e.text) field = &f.type;
    if (!field) decline("attribute '" + std::string(e.text) + "' of a " + t.type_code() + " query", e.pos);
  } else {
    field = t.strct->field(e.text);
    if (!field) decline("struct '" + t.strct->key + "' has no field '" + std::string(e.text) + "'", e.pos);
  }
  std::string label(e.text);
  std::optional<std::string> origin = reference_origin(aggregate);
  Var* attr = add_var(field->as_reference());
  if (origin) {
    attr->origin = "(" + *origin + ")." + label;
    add_forward(attr->emit() + " = &(" + *attr->origin + ");");
  } else if (aggregate->type.reference) {
    add_forward(attr->emit() + " = &(" + aggregate->emit() + "->" + label + ");");
  } else {
    add_forward(attr->emit() + " = &(" + aggregate->emit() + "." + label + ");");
  }
  add_reverse(aggregate->emit_adj() + "." + label + (differentiable(*field) ? " += " : " = ") + attr->emit_adj() + ";");
  return attr;
}

// _store_attribute on a named struct value (`t.x = v`), or on a nested struct member of one (`t.a.x = v`,
// resolve_attribute_store_aggregate's flat `var_3.a` member): a direct member store whose adjoint clears
// the field's adjoint and, for float fields, passes it on to the value. Returns false for other targets.
bool Adjoint::emit_struct_field_store(const Expr& lhs, Var* rhs) {
  std::vector<const Expr*> chain;  // the attributes between the named root and the stored field
  const Expr* root = lhs.items[0].get();
  while (root->kind == ExprKind::Attribute) {
    chain.push_back(root);
    root = root->items[0].get();
  }
  if (root->kind != ExprKind::Name) return false;
  Var* bound = lookup(root->text);
  if (!bound || !bound->type.is_struct()) return false;
  Var* aggregate = eval(*root);
  if (aggregate->type.reference) decline("store into a struct reference", lhs.pos);
  const types::StructDef* s = aggregate->type.strct;
  std::string member;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Type* t = s->field((*it)->text);
    if (!t || !t->is_struct()) return false;  // a component of a non-struct field: not this path
    member += "." + std::string((*it)->text);
    s = t->strct;
  }
  const Type* field = s->field(lhs.text);
  if (!field) decline("struct '" + s->key + "' has no field '" + std::string(lhs.text) + "'", lhs.pos);
  if (rhs->type.value() != *field) decline("struct field store of a different type", lhs.pos);
  member += "." + std::string(lhs.text);
  add_forward(aggregate->emit() + member + " = " + rhs->emit() + ";");
  add_reverse(aggregate->emit_adj() + member + " = {};");
  if (differentiable(*field)) add_reverse(rhs->emit_adj() + " += " + aggregate->emit_adj() + member + ";");
  return true;
}

}  // namespace ws::codegen
