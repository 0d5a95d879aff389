// The values and types an Adjoint starts from: codegen.constant_str (how a Python constant is spelled
// in C++), the type of a Python constant, and parameter and return annotations (wp.vec3,
// wp.array(dtype=...), structs, ...) as Warp evaluates them.
#include <cctype>
#include <cmath>

#include "codegen/adjoint.h"
#include "codegen/py_repr.h"
#include "frontend/unsupported.h"

namespace ws::codegen {

using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using types::Scalar;
using types::Type;

std::string constant_str(const PyValue& v) {
  switch (v.kind) {
    case PyValue::Kind::FloatVec: {
      // constant_str of a ctypes array: each float32 element as Python prints it, lowercased
      std::string s = "wp::initializer_array<" + std::to_string(v.len) + ",wp::float32>{";
      for (size_t k = 0; k < v.len; ++k) {
        std::string x = python_float_repr(static_cast<double>(v.vec[k]));
        for (char& ch : x) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        s += (k ? ", " : "") + x;
      }
      return s + "}";
    }
    case PyValue::Kind::Str:  // '"' + value.encode("unicode-escape") + '"': plain ASCII is itself
      return "\"" + std::string(v.str) + "\"";
    case PyValue::Kind::Bool:
      return v.i ? "true" : "false";
    case PyValue::Kind::Int:
      return std::to_string(v.i);
    case PyValue::Kind::Float:
      if (std::isinf(v.f)) return v.f > 0 ? "INFINITY" : "-INFINITY";
      if (std::isnan(v.f)) return "NAN";
      return python_float_repr(v.f);
  }
  return {};
}

// Parses an argument annotation: float/int/bool, wp.<scalar|vector|matrix>, wp.array(dtype=T[, ndim=N]),
// wp.arrayNd(dtype=T).
Type annotation_type(const ModuleEnv& env, const Expr& e) {
  auto is_wp = [&](const Expr& x) {
    if (x.kind != ExprKind::Name) return false;
    const Global* g = env.find(x.text);
    return g && g->kind == Global::Kind::WarpModule;
  };
  if (e.kind == ExprKind::Name && !env.find(e.text)) {
    if (auto t = types::lookup_type_name(e.text, true)) return *t;
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
  auto array_ndim = [](std::string_view ctor) {
    return ctor == "array" ? 1 : ctor == "array2d" ? 2 : ctor == "array3d" ? 3 : ctor == "array4d" ? 4 : 0;
  };
  // wp.array[dtype] / wp.arrayNd[dtype]: Warp's _ArrayAnnotation, the same argument type as the call form
  if (e.kind == ExprKind::Subscript && e.items[0]->kind == ExprKind::Attribute && is_wp(*e.items[0]->items[0]) &&
      array_ndim(e.items[0]->text) != 0) {
    Type dtype = annotation_type(env, *e.items[1]);
    if (dtype.kind == types::Kind::Array) decline("array annotation without a value dtype", e.pos);
    return Type::array_of(dtype, array_ndim(e.items[0]->text));
  }
  if (e.kind == ExprKind::Call && e.items.size() == 1 && e.items[0]->kind == ExprKind::Attribute &&
      is_wp(*e.items[0]->items[0])) {
    std::string_view ctor = e.items[0]->text;
    int ndim = array_ndim(ctor);
    if (ndim == 0) decline("annotation", e.pos);
    std::optional<Type> dtype;
    for (const auto& kw : e.keywords) {
      if (kw.name == "dtype") {
        dtype = annotation_type(env, *kw.value);
      } else if (kw.name == "ndim" && ctor == "array" && kw.value->kind == ExprKind::Int && kw.value->int_value >= 1 &&
                 kw.value->int_value <= 4) {
        ndim = static_cast<int>(kw.value->int_value);
      } else {
        decline("array annotation argument", kw.pos);
      }
    }
    if (!dtype || dtype->kind == types::Kind::Array) decline("array annotation without a value dtype", e.pos);
    return Type::array_of(*dtype, ndim);
  }
  decline("annotation", e.pos);
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
  switch (v.kind) {
    case PyValue::Kind::FloatVec:
      return Type::vector_of(v.len, Scalar::Float32);
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

}  // namespace ws::codegen
