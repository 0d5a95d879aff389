// The values and types an Adjoint starts from: codegen.constant_str (how a Python constant is spelled
// in C++), the type of a Python constant, and parameter and return annotations (wp.vec3,
// wp.array(dtype=...), structs, ...) as Warp evaluates them.
#include <cctype>
#include <cmath>

#include "codegen/adjoint.h"
#include "codegen/py_repr.h"
#include "codegen/type_alias.h"
#include "frontend/unsupported.h"

namespace ws::codegen {

using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using types::Scalar;
using types::Type;

std::string constant_str(const PyValue& v) {
  switch (v.kind) {
    case PyValue::Kind::Vec: {
      // constant_str of a ctypes array: each element as Python prints it (a float, an int, True),
      // lowercased; the dtype by its class name, `wp::` but for bool
      const std::string dtype(types::scalar_name(v.scalar));
      std::string s = "wp::initializer_array<" + std::to_string(v.len) + "," +
                      (v.scalar == Scalar::Bool ? dtype : "wp::" + dtype) + ">{";
      for (size_t k = 0; k < v.len; ++k) {
        const bool is_float = v.scalar == Scalar::Float32 || v.scalar == Scalar::Float64;
        std::string x = v.scalar == Scalar::Bool ? (v.vec[k] != 0 ? "True" : "False")
                        : is_float               ? python_float_repr(v.vec[k])
                                                 : std::to_string(static_cast<int64_t>(v.vec[k]));
        for (char& ch : x) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        s += (k ? ", " : "") + x;
      }
      return s + "}";
    }
    case PyValue::Kind::Bool:
      return v.i ? "true" : "false";
    case PyValue::Kind::Int:
      return std::to_string(v.i);
    case PyValue::Kind::Str: {
      // '"' + value.encode("unicode-escape").decode() + '"': `"` itself stays unescaped
      std::string s = "\"";
      for (char c : v.str) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\') {
          s += "\\\\";
        } else if (c == '\t' || c == '\n' || c == '\r') {
          s += c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
        } else if (u < 0x20 || u == 0x7f) {
          static constexpr char kHex[] = "0123456789abcdef";
          s += "\\x";
          s += kHex[u >> 4];
          s += kHex[u & 15];
        } else {
          s += c;
        }
      }
      return s + "\"";
    }
    case PyValue::Kind::Float:
      if (std::isinf(v.f)) return v.f > 0 ? "INFINITY" : "-INFINITY";
      if (std::isnan(v.f)) return "NAN";
      return python_float_repr(v.f);
  }
  return {};
}

int array_ndim(std::string_view ctor) {
  return ctor == "array" || ctor == "array1d" ? 1
         : ctor == "array2d"                  ? 2
         : ctor == "array3d"                  ? 3
         : ctor == "array4d"                  ? 4
                                              : 0;
}

namespace {

// The array classes other than plain arrays, as annotations name them: `wp.indexedarray[T]`,
// `wp.indexedarray(dtype=T[, ndim=N])`, `wp.indexedarray2d(dtype=T)` (a function setting ndim), and the
// one-dimensional fabric arrays `wp.fabricarray[T]` / `wp.indexedfabricarray(dtype=T)`.
// The fabric classes' call form keeps a Python `float`/`int`/`bool` dtype as given (fabricarray.__init__
// does not canonicalize it, and Var.dtype_to_ctype spells it `float`): declined. Their subscript form
// (_FabricArrayAnnotation) canonicalizes it, as plain arrays do.
struct ArrayCtor {
  types::ArrayClass cls;
  int ndim;
  bool subscript;   // a class: `ctor[T]` (_parse_array_subscript)
  bool ndim_param;  // takes ndim= (the fabric classes' ndim > 1 are the *arrayarray kinds: not modelled)
};
std::optional<ArrayCtor> other_array_ctor(std::string_view name) {
  using types::ArrayClass;
  if (name == "indexedarray") return ArrayCtor{ArrayClass::Indexed, 1, true, true};
  if (name.size() == 14 && name.starts_with("indexedarray") && name.ends_with("d") && name[12] >= '1' &&
      name[12] <= '4')
    return ArrayCtor{ArrayClass::Indexed, name[12] - '0', false, false};
  if (name == "fabricarray") return ArrayCtor{ArrayClass::Fabric, 1, true, false};
  if (name == "indexedfabricarray") return ArrayCtor{ArrayClass::IndexedFabric, 1, true, false};
  return std::nullopt;
}

// `float`, `int` or `bool` naming Python's own type (annotation_type's python_builtin lookup)
bool python_builtin_type(const ModuleEnv& env, const Expr& x) {
  return x.kind == ExprKind::Name && !env.find(x.text) && (x.text == "float" || x.text == "int" || x.text == "bool");
}

// `Literal[N]` with typing.Literal bound at module level and N in 1..4: an array annotation's ndim.
std::optional<int> literal_ndim(const ModuleEnv& env, const Expr& x) {
  if (x.kind != ExprKind::Subscript || x.items[0]->kind != ExprKind::Name) return std::nullopt;
  const Global* g = env.find(x.items[0]->text);
  if (!g || g->kind != Global::Kind::TypingLiteral) return std::nullopt;
  const Expr& n = *x.items[1];
  if (n.kind != ExprKind::Int || n.int_value < 1 || n.int_value > 4) return std::nullopt;
  return static_cast<int>(n.int_value);
}

// typing.Any, as `Any` (from typing import Any [as ...]) or `typing.Any`
bool is_any(const ModuleEnv& env, const Expr& x) {
  if (x.kind == ExprKind::Name) {
    const Global* g = env.find(x.text);
    return g && g->kind == Global::Kind::TypingAny;
  }
  if (x.kind != ExprKind::Attribute || x.text != "Any" || x.items[0]->kind != ExprKind::Name) return false;
  const Global* g = env.find(x.items[0]->text);
  return g && g->kind == Global::Kind::OtherModule && g->module == "typing";
}

// types.generic_types anywhere in an annotation: Any, or wp.Scalar / wp.Float / wp.Int
bool mentions_generic(const ModuleEnv& env, const Expr& e) {
  if (is_any(env, e)) return true;
  if (e.kind == ExprKind::Attribute && (e.text == "Scalar" || e.text == "Float" || e.text == "Int") &&
      e.items[0]->kind == ExprKind::Name) {
    const Global* g = env.find(e.items[0]->text);
    if (g && g->kind == Global::Kind::WarpModule) return true;
  }
  for (const auto& c : e.items) {
    if (c && mentions_generic(env, *c)) return true;
  }
  for (const auto& kw : e.keywords) {
    if (mentions_generic(env, *kw.value)) return true;
  }
  return false;
}

}  // namespace

// types.type_is_generic for the generic annotations handled natively: `Any` (from typing, or typing.Any),
// and wp.array(dtype=Any[, ndim=N]) / wp.array[Any] / wp.arrayNd[Any] (get_type_code: "?", "aN?").
std::optional<std::string> generic_type_code(const ModuleEnv& env, const Expr& e) {
  if (is_any(env, e)) return "?";
  auto is_wp = [&](const Expr& x) {
    if (x.kind != ExprKind::Name) return false;
    const Global* g = env.find(x.text);
    return g && g->kind == Global::Kind::WarpModule;
  };
  if (e.kind == ExprKind::Subscript && e.items[0]->kind == ExprKind::Attribute && is_wp(*e.items[0]->items[0]) &&
      array_ndim(e.items[0]->text) != 0 && is_any(env, *e.items[1]))
    return "a" + std::to_string(array_ndim(e.items[0]->text)) + "?";
  if (e.kind != ExprKind::Call || e.items.size() != 1 || e.items[0]->kind != ExprKind::Attribute ||
      !is_wp(*e.items[0]->items[0]) || array_ndim(e.items[0]->text) == 0)
    return std::nullopt;
  int ndim = array_ndim(e.items[0]->text);
  bool any_dtype = false;
  for (const auto& kw : e.keywords) {
    if (kw.name == "dtype" && is_any(env, *kw.value)) {
      any_dtype = true;
    } else if (kw.name == "ndim" && e.items[0]->text == "array" && kw.value->kind == ExprKind::Int &&
               kw.value->int_value >= 1 && kw.value->int_value <= 4) {
      ndim = static_cast<int>(kw.value->int_value);
    } else {
      return std::nullopt;  // annotation_type declines it
    }
  }
  if (!any_dtype) return std::nullopt;
  return "a" + std::to_string(ndim) + "?";
}

// Parses an argument annotation: float/int/bool, wp.<scalar|vector|matrix>, wp.array(dtype=T[, ndim=N]),
// wp.arrayNd(dtype=T).
std::optional<std::vector<Type>> tuple_annotation(const ModuleEnv& env, const Expr& e) {
  if (e.kind != ExprKind::Subscript || e.items[0]->kind != ExprKind::Name || e.items[0]->text != "tuple" ||
      env.find("tuple") || e.items[1]->kind != ExprKind::Tuple || e.items[1]->items.size() < 2)
    return std::nullopt;
  std::vector<Type> elements;
  for (const auto& item : e.items[1]->items) {
    const Type t = annotation_type(env, *item);
    if (t.kind == types::Kind::Array) decline("array in a tuple annotation", item->pos);
    elements.push_back(t);
  }
  return elements;
}

Type annotation_type(const ModuleEnv& env, const Expr& e) {
  // generic kernels (instantiated by wp.overload or at launch) are not reproduced natively
  if (generic_type_code(env, e)) decline("generic annotation outside a @wp.func parameter", e.pos);
  auto is_wp = [&](const Expr& x) {
    if (x.kind != ExprKind::Name) return false;
    const Global* g = env.find(x.text);
    return g && g->kind == Global::Kind::WarpModule;
  };
  if (e.kind == ExprKind::Name && !env.find(e.text)) {
    if (auto t = types::lookup_type_name(e.text, true)) return *t;
  }
  // a module-level type alias, or wp.types.vector(...) / wp.types.matrix(...) written in place
  TypeExpr alias = type_expression(env, e);
  if (auto* reason = std::get_if<std::string>(&alias)) {
    // wp.types.vector(length=Any, dtype=Any): a generic vector or matrix
    if (mentions_generic(env, e)) decline("generic annotation other than Any and arrays of Any", e.pos);
    decline(*reason, e.pos);
  }
  if (auto* t = std::get_if<TypeValue>(&alias)) {
    const Global* g = e.kind == ExprKind::Name ? env.find(e.text) : nullptr;
    // Python evaluates annotations when the function is defined
    if (g && g->line >= e.pos.line) decline("type alias used in an annotation before its binding", e.pos);
    return t->type;
  }
  if (e.kind == ExprKind::Name) {
    if (const Global* g = env.find(e.text); g && g->kind == Global::Kind::Struct) {
      // Python evaluates annotations when the function is defined
      if (g->strct->line >= e.pos.line) decline("struct used in an annotation before its definition", e.pos);
      return Type::struct_of(g->strct);
    }
  }
  if (e.kind == ExprKind::Attribute && is_wp(*e.items[0])) {
    if (auto t = types::lookup_type_name(e.text, false)) return *t;
  }
  // wp.array[dtype] / wp.arrayNd[dtype] / wp.indexedarray[dtype]: Warp's _ArrayAnnotation, the same argument
  // type as the call form
  if (e.kind == ExprKind::Subscript && e.items[0]->kind == ExprKind::Attribute && is_wp(*e.items[0]->items[0])) {
    const std::optional<ArrayCtor> other = other_array_ctor(e.items[0]->text);
    if (array_ndim(e.items[0]->text) != 0 || (other && other->subscript)) {
      // _parse_array_subscript: `[dtype]` or `[dtype, Literal[ndim]]` (an array class, not arrayNd)
      const Expr* dtype_expr = e.items[1].get();
      int ndim = other ? 1 : array_ndim(e.items[0]->text);
      if (dtype_expr->kind == ExprKind::Tuple) {
        std::optional<int> literal =
            dtype_expr->items.size() == 2 ? literal_ndim(env, *dtype_expr->items[1]) : std::nullopt;
        if (!literal || (!other && e.items[0]->text != "array")) decline("array annotation subscript", e.pos);
        if (other && !other->ndim_param && *literal != 1)
          decline("fabric array annotation of more than one dimension", e.pos);
        ndim = *literal;
        dtype_expr = dtype_expr->items[0].get();
      }
      Type dtype = annotation_type(env, *dtype_expr);
      if (dtype.kind == types::Kind::Array) decline("array annotation without a value dtype", e.pos);
      if (other && dtype.is_struct()) decline("indexed or fabric array of structs", e.pos);
      return Type::array_of(dtype, ndim, other ? other->cls : types::ArrayClass::Plain);
    }
  }
  if (e.kind == ExprKind::Call && e.items.size() == 1 && e.items[0]->kind == ExprKind::Attribute &&
      is_wp(*e.items[0]->items[0])) {
    std::string_view ctor = e.items[0]->text;
    const std::optional<ArrayCtor> other = other_array_ctor(ctor);
    int ndim = other ? other->ndim : array_ndim(ctor);
    if (ndim == 0 && mentions_generic(env, e)) decline("generic annotation other than Any and arrays of Any", e.pos);
    if (ndim == 0) decline("annotation", e.pos);
    const bool ndim_param = other ? other->ndim_param : ctor == "array";
    std::optional<Type> dtype;
    for (const auto& kw : e.keywords) {
      if (kw.name == "dtype") {
        if (other && other->cls != types::ArrayClass::Indexed && python_builtin_type(env, *kw.value))
          decline("fabric array of a Python type (float, int, bool)", kw.value->pos);
        dtype = annotation_type(env, *kw.value);
      } else if (kw.name == "ndim" && ndim_param && kw.value->kind == ExprKind::Int && kw.value->int_value >= 1 &&
                 kw.value->int_value <= 4) {
        ndim = static_cast<int>(kw.value->int_value);
      } else {
        decline("array annotation argument", kw.pos);
      }
    }
    if (!dtype || dtype->kind == types::Kind::Array) decline("array annotation without a value dtype", e.pos);
    if (other && dtype->is_struct()) decline("indexed or fabric array of structs", e.pos);
    return Type::array_of(*dtype, ndim, other ? other->cls : types::ArrayClass::Plain);
  }
  // generic vectors and matrices (wp.types.vector(length=Any, dtype=Any)), wp.Float, ...
  if (mentions_generic(env, e)) decline("generic annotation other than Any and arrays of Any", e.pos);
  decline("annotation", e.pos);
}

bool func_match_arg(const Type& param, const Type& arg) {
  // types_equal on arrays: the same concrete class and dtype
  if (param.is_array() && arg.is_array()) return param.array_class == arg.array_class && param.dtype() == arg.dtype();
  return param == arg;
}

std::string constant_str(const Var& v) {
  std::string s = constant_str(*v.constant);
  if (v.typed_constant && v.constant->kind == PyValue::Kind::Int) {
    if (v.type.scalar == Scalar::UInt64) return s + "ull";
    if (v.type.scalar == Scalar::Int64) return s + "ll";
    if (v.type.scalar == Scalar::UInt32) return s + "u";
  }
  return s;
}

Type constant_type(const PyValue& v) {
  if (v.warp_scalar) return Type::scalar_of(v.scalar);  // get_arg_type: the instance's class
  switch (v.kind) {
    case PyValue::Kind::Vec:
      return Type::vector_of(v.len, v.scalar);
    case PyValue::Kind::Bool:
      return Type::scalar_of(Scalar::Bool);
    case PyValue::Kind::Str:
      return Type::str();
    case PyValue::Kind::Int:
      return Type::scalar_of(Scalar::Int32);
    case PyValue::Kind::Float:
      break;
  }
  return Type::scalar_of(Scalar::Float32);
}

std::string string_literal_value(const Expr& e) {
  std::string out;
  std::string_view t = e.text;
  auto fail = [&]() { decline("string literal other than plain ASCII with simple escapes", e.pos); };
  while (!t.empty()) {
    const char q = t[0];
    if ((q != '"' && q != '\'') || t.starts_with(std::string(3, q))) fail();
    size_t k = 1;
    for (; k < t.size() && t[k] != q; ++k) {
      const auto c = static_cast<unsigned char>(t[k]);
      if (c < 0x20 || c >= 0x7f) fail();
      if (c != '\\') {
        out += t[k];
        continue;
      }
      if (++k == t.size()) fail();
      static constexpr std::string_view kFrom = "\\'\"ntrabfv", kTo = "\\'\"\n\t\r\a\b\f\v";
      if (size_t at = kFrom.find(t[k]); at != std::string_view::npos) {
        out += kTo[at];
      } else if (t[k] == 'x' && k + 2 < t.size() && std::isxdigit(static_cast<unsigned char>(t[k + 1])) &&
                 std::isxdigit(static_cast<unsigned char>(t[k + 2]))) {
        const int v = std::stoi(std::string(t.substr(k + 1, 2)), nullptr, 16);
        if (v >= 0x80) fail();  // a code point beyond ASCII
        out += static_cast<char>(v);
        k += 2;
      } else {
        fail();
      }
    }
    if (k == t.size()) fail();
    t.remove_prefix(k + 1);
    // between the parts of an implicit concatenation: spaces and line breaks (a comment is declined)
    while (!t.empty() && (t[0] == ' ' || t[0] == '\n')) t.remove_prefix(1);
  }
  return out;
}

PyValue default_value(const Expr& e) {
  const bool negated = e.kind == ExprKind::UnaryOp && e.text == "-";
  const Expr& v = negated ? *e.items[0] : e;
  switch (v.kind) {
    case ExprKind::Int:
      return PyValue::of_int(negated ? -v.int_value : v.int_value);
    case ExprKind::Float:
      return PyValue::of_float(negated ? -v.float_value : v.float_value);
    case ExprKind::Bool:
      if (!negated) return PyValue::of_bool(v.int_value != 0);
      break;
    default:
      break;
  }
  decline("default value other than a number or bool literal", e.pos);
}

}  // namespace ws::codegen
