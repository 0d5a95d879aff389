#include "codegen/hasher.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "codegen/adjoint.h"
#include "codegen/global_names.h"
#include "frontend/unsupported.h"
#include "lang/tiles.h"

namespace ws::codegen {
namespace {

using frontend::Expr;
using frontend::ExprKind;
using frontend::Stmt;
using frontend::StmtKind;

// The little-endian bytes of `x` as the ctypes type of `s` holds it.
std::string scalar_bytes(types::Scalar s, double x, int64_t i, bool is_int) {
  using types::Scalar;
  if (s == Scalar::Float64) {
    double d = is_int ? static_cast<double>(i) : x;
    std::string out(8, '\0');
    std::memcpy(out.data(), &d, 8);
    return out;
  }
  if (s == Scalar::Float32) {
    float f = static_cast<float>(is_int ? static_cast<double>(i) : x);
    std::string out(4, '\0');
    std::memcpy(out.data(), &f, 4);
    return out;
  }
  const size_t width = s == Scalar::Bool || s == Scalar::Int8 || s == Scalar::UInt8 ? 1
                       : s == Scalar::Int16 || s == Scalar::UInt16                  ? 2
                       : s == Scalar::Int64 || s == Scalar::UInt64                  ? 8
                                                                                    : 4;
  auto u = static_cast<uint64_t>(is_int ? i : static_cast<int64_t>(x));
  std::string out(width, '\0');
  for (size_t k = 0; k < width; ++k) out[k] = static_cast<char>((u >> (8 * k)) & 0xff);
  return out;
}

// ModuleHasher.get_constant_bytes: Python ints and bools as ctypes c_int, floats as c_float, a Warp
// scalar instance as its class's ctypes type (`value._type_(value.value)`), a vector its ctypes
// array's bytes.
std::string constant_bytes(const PyValue& v) {
  if (v.kind == PyValue::Kind::Vec) {
    std::string out;
    for (size_t k = 0; k < v.len; ++k) out += scalar_bytes(v.scalar, v.vec[k], 0, false);
    return out;
  }
  const bool is_int = v.kind != PyValue::Kind::Float;
  return scalar_bytes(v.warp_scalar ? v.scalar
                      : is_int      ? types::Scalar::Int32
                                    : types::Scalar::Float32,
                      v.f, v.i, is_int);
}

// A small set of names: functions bind a handful, so a scan beats a tree of string compares.
struct NameSet {
  std::vector<std::string_view> names;
  void insert(std::string_view n) {
    if (!count(n)) names.push_back(n);
  }
  bool count(std::string_view n) const {
    return std::any_of(names.begin(), names.end(), [&](std::string_view x) { return frontend::same_text(x, n); });
  }
};

void assigned_names(const Expr& target, NameSet& out) {
  if (target.kind == ExprKind::Name) out.insert(target.text);
  if (target.kind == ExprKind::Tuple) {
    for (const auto& e : target.items) assigned_names(*e, out);
  }
}

// One node of Python's ast for the breadth-first walk; only the node kinds that change the order of
// Name/Attribute/Call/Assign visits are modelled (op and ctx leaves are irrelevant).
struct Node {
  enum class Kind { FunctionDef, Arguments, Arg, Stmt, Expr, Keyword } kind;
  const void* ptr;
};

struct References {
  std::vector<std::pair<std::string, PyValue>> constants;
  // identities ("py:f4", "wp:v3f4", a type alias's Global::type_id) and type codes, in first-reference order
  std::vector<std::pair<std::string, std::string>> types;
  // referenced functions in first-reference order: user functions, or (builtin set) one of
  // lang::kHashedBuiltins
  struct Function {
    const FuncInfo* func;
    const lang::HashedBuiltin* builtin;
    friend bool operator==(const Function&, const Function&) = default;
  };
  std::vector<Function> functions;
  void add(Function f) {
    if (std::find(functions.begin(), functions.end(), f) == functions.end()) functions.push_back(f);
  }
};

}  // namespace

Digest Hasher::hash_kernel(const FuncInfo& kernel, const std::vector<types::Type>& overload) {
  Sha256 sha;
  sha.update(kernel.key);
  for (const std::string& option : kernel.kernel_options.hashed) sha.update(option);
  sha.update(hash_adjoint(kernel, overload));
  return sha.finish();
}

Digest Hasher::hash_function(const FuncInfo& f) {
  if (auto it = function_hashes_.find(&f); it != function_hashes_.end()) return it->second;
  in_progress_.insert(&f);
  Sha256 sha;
  sha.update(f.key);
  // every overload a call could resolve to, in signature order (set wherever there are several)
  std::vector<const FuncInfo*> overloads(f.user_overloads.begin(), f.user_overloads.end());
  std::sort(overloads.begin(), overloads.end(),
            [](const FuncInfo* a, const FuncInfo* b) { return a->signature < b->signature; });
  for (const FuncInfo* o : overloads) sha.update(hash_adjoint(*o));
  Digest d = sha.finish();
  function_hashes_[&f] = d;
  in_progress_.erase(&f);
  return d;
}

Digest Hasher::hash_adjoint(const FuncInfo& f, const std::vector<types::Type>& overload) {
  const Stmt& def = *f.def;
  Sha256 sha;
  sha.update(f.source);
  for (size_t i = 0; i < def.params.size(); ++i) {
    const auto& p = def.params[i];
    if (!p.annotation) throw frontend::Unsupported("parameter without annotation", p.pos.line, p.pos.col);
    // a generic kernel's instance: Kernel.add_overload's Adjoint takes all its arg_types from the overload
    if (!overload.empty()) {
      sha.update(std::string(p.name) + ":" + overload[i].type_code());
      if (overload[i].strct) sha.update(overload[i].strct->hash);
      continue;
    }
    // a generic function is hashed as its template (overloads from get_overload are skipped): "x:?"
    if (auto code = generic_type_code(env_, *p.annotation)) {
      sha.update(std::string(p.name) + ":" + *code);
      continue;
    }
    types::Type t = annotation_type(env_, *p.annotation);
    sha.update(std::string(p.name) + ":" + t.type_code());
    if (t.strct) sha.update(t.strct->hash);  // the struct's (or struct dtype's) own hash
  }
  const std::optional<std::string> generic_return =
      def.annotation ? generic_type_code(env_, *def.annotation) : std::nullopt;
  const auto tuple_return = def.annotation ? tuple_annotation(env_, *def.annotation) : std::nullopt;
  if (generic_return) {
    sha.update("return:" + *generic_return);
  } else if (tuple_return) {
    // get_type_code of tuple[...]: tpl<count><element codes>
    std::string code = "tpl" + std::to_string(tuple_return->size());
    for (const types::Type& t : *tuple_return) code += t.type_code();
    sha.update("return:" + code);
    for (const types::Type& t : *tuple_return) {
      if (t.strct)
        throw frontend::Unsupported("struct in a tuple annotation", def.annotation->pos.line, def.annotation->pos.col);
    }
  } else if (def.annotation) {
    types::Type t = annotation_type(env_, *def.annotation);
    sha.update("return:" + t.type_code());
    if (t.strct) sha.update(t.strct->hash);
  }

  // Adjoint.get_references
  NameSet locals;
  NameSet params;
  for (const auto& p : def.params) params.insert(p.name);
  // ast.walk's breadth-first order is the order nodes are queued in: `order` is the queue itself.
  std::vector<Node> order;
  order.reserve(256);
  order.push_back({Node::Kind::FunctionDef, &def});
  for (size_t next = 0; next < order.size(); ++next) {
    const Node n = order[next];
    switch (n.kind) {
      case Node::Kind::FunctionDef: {
        const Stmt& s = *static_cast<const Stmt*>(n.ptr);
        order.push_back({Node::Kind::Arguments, &s});
        for (const auto& b : s.body) order.push_back({Node::Kind::Stmt, b.get()});
        for (const auto& d : s.decorators) order.push_back({Node::Kind::Expr, d.get()});
        if (s.annotation) order.push_back({Node::Kind::Expr, s.annotation.get()});
        break;
      }
      case Node::Kind::Arguments: {
        const Stmt& s = *static_cast<const Stmt*>(n.ptr);
        for (const auto& p : s.params) order.push_back({Node::Kind::Arg, &p});
        // ast.arguments lists `defaults` after the arguments
        for (const auto& p : s.params) {
          if (p.default_value) order.push_back({Node::Kind::Expr, p.default_value.get()});
        }
        break;
      }
      case Node::Kind::Arg: {
        const auto& p = *static_cast<const frontend::Param*>(n.ptr);
        if (p.annotation) order.push_back({Node::Kind::Expr, p.annotation.get()});
        break;
      }
      case Node::Kind::Keyword: {
        const auto& k = *static_cast<const frontend::Keyword*>(n.ptr);
        order.push_back({Node::Kind::Expr, k.value.get()});
        break;
      }
      case Node::Kind::Stmt: {
        const Stmt& s = *static_cast<const Stmt*>(n.ptr);
        if (s.kind == StmtKind::Assign) assigned_names(*s.target, locals);
        if (s.kind == StmtKind::FunctionDef) throw frontend::Unsupported("nested function", s.pos.line, s.pos.col);
        if (s.kind == StmtKind::AnnAssign) {
          order.push_back({Node::Kind::Expr, s.target.get()});
          order.push_back({Node::Kind::Expr, s.annotation.get()});
          if (s.value) order.push_back({Node::Kind::Expr, s.value.get()});
          break;
        }
        if (s.kind == StmtKind::If || s.kind == StmtKind::While) {
          order.push_back({Node::Kind::Expr, s.value.get()});
        } else if (s.kind == StmtKind::Assert) {  // ast.Assert: test, then msg
          order.push_back({Node::Kind::Expr, s.value.get()});
          if (s.target) order.push_back({Node::Kind::Expr, s.target.get()});
        } else {
          if (s.target) order.push_back({Node::Kind::Expr, s.target.get()});
          if (s.value) order.push_back({Node::Kind::Expr, s.value.get()});
        }
        for (const auto& b : s.body) order.push_back({Node::Kind::Stmt, b.get()});
        for (const auto& b : s.orelse) order.push_back({Node::Kind::Stmt, b.get()});
        break;
      }
      case Node::Kind::Expr: {
        const Expr& e = *static_cast<const Expr*>(n.ptr);
        if (f.find_static(e)) break;  // an ast.Constant or an `__warp_func__` Name: no children
        for (const auto& c : e.items) order.push_back({Node::Kind::Expr, c.get()});
        for (const auto& k : e.keywords) order.push_back({Node::Kind::Keyword, &k});
        break;
      }
    }
  }

  References refs;
  // ModuleHasher's referenced types: a dict keyed by the class object, hashed as get_type_code
  auto add_type = [&](std::string id, std::string code) {
    auto same = [&](const auto& t) { return t.first == id; };
    if (std::none_of(refs.types.begin(), refs.types.end(), same)) refs.types.emplace_back(std::move(id), code);
  };
  auto add_named_type = [&](std::string id) {
    std::string code = id.substr(3);
    add_type(std::move(id), std::move(code));
  };
  // ModuleHasher's referenced constants: a dict keyed by name, in first-reference order
  auto add_constant = [&](std::string name, const PyValue& value) {
    auto same = [&](const auto& c) { return c.first == name; };
    if (std::none_of(refs.constants.begin(), refs.constants.end(), same)) refs.constants.emplace_back(name, value);
  };
  auto warp_root = [&](const Expr& e) {
    if (e.kind != ExprKind::Name || params.count(e.text)) return false;
    const Global* g = env_.find(e.text);
    return g && g->kind == Global::Kind::WarpModule;
  };
  for (const Node& n : order) {
    if (n.kind != Node::Kind::Expr) continue;
    const Expr& e = *static_cast<const Expr*>(n.ptr);
    if (f.find_static(e)) continue;  // references nothing
    if (e.kind == ExprKind::Name && !locals.count(e.text)) {
      const Global* g = env_.find(e.text);
      if (g && g->kind == Global::Kind::Constant) add_constant(std::string(e.text), g->value);
    } else if (e.kind == ExprKind::Attribute) {
      const Expr* root = &e;
      while (root->kind == ExprKind::Attribute) root = root->items[0].get();
      if (root->kind == ExprKind::Name && !params.count(root->text)) {
        const Global* g = env_.find(root->text);
        // typing.Any: resolve_static_expression gives Any, not a value
        bool known = g && (g->kind == Global::Kind::WarpModule ||
                           (g->kind == Global::Kind::OtherModule && g->module == "typing" && e.text == "Any"));
        // `V.z` of a float32 vector constant V: resolve_static_expression gives the component as a
        // Python float, referenced as a constant named "V.z"
        size_t component = std::string_view::npos;
        if (g && g->kind == Global::Kind::Constant && g->value.kind == PyValue::Kind::Vec &&
            g->value.scalar == types::Scalar::Float32 && e.items[0].get() == root && !locals.count(root->text) &&
            e.text.size() == 1)
          component = std::string_view("xyzw").substr(0, g->value.len).find(e.text[0]);
        const Expr& base = *e.items[0];
        // wp.pi, wp.Volume.LINEAR: referenced as the constants "wp.pi", "wp.Volume.LINEAR"
        const std::optional<PyValue> warp_value =
            known ? warp_constant(e, [&](const Expr& x) { return &x == root; }) : std::nullopt;
        if (warp_value) {
          add_constant(std::string(root->text) + "." + (&base == root ? std::string() : std::string(base.text) + ".") +
                           std::string(e.text),
                       *warp_value);
        } else if (component != std::string_view::npos) {
          add_constant(std::string(root->text) + "." + std::string(e.text),
                       PyValue::of_float(static_cast<double>(g->value.vec[component])));
        } else if (!known && (g || resolves_to_warp_value(root->text)))
          throw frontend::Unsupported("attribute of '" + std::string(root->text) + "'", e.pos.line, e.pos.col);
      }
    } else if (e.kind == ExprKind::Call) {
      const Expr& fn = *e.items[0];
      if (fn.kind == ExprKind::Name) {
        if (locals.count(fn.text) || params.count(fn.text)) continue;
        const Global* g = env_.find(fn.text);
        if (g && g->kind == Global::Kind::Struct) {
          add_named_type("st:" + g->strct->native_name);  // a struct constructor
        } else if (g && g->kind == Global::Kind::TypeAlias) {
          add_type(g->type_id, g->type.type_code());  // a composite type's constructor
        } else if (g && g->kind == Global::Kind::Function) {
          refs.add({g->func, nullptr});
        } else if (!g && (fn.text == "float" || fn.text == "int")) {
          add_named_type("py:" + types::lookup_type_name(fn.text, true)->type_code());
        } else if (!g && fn.text == "bool") {
          add_named_type("wp:b");  // resolve_path tries the warp module first: bare `bool` is wp.bool
        }
      } else if (fn.kind == ExprKind::Attribute && warp_root(*fn.items[0])) {
        if (auto t = types::lookup_type_name(fn.text, false)) add_named_type("wp:" + t->type_code());
        for (const lang::HashedBuiltin& b : lang::kHashedBuiltins)
          if (b.key == fn.text) refs.add({nullptr, &b});
      }
    }
  }
  for (const auto& [name, value] : refs.constants) {
    sha.update(name);
    sha.update(constant_bytes(value));
  }
  // the wp.static() expressions (resolved_static_expressions: a dict by source text, first key first)
  std::vector<std::string_view> codes;
  for (const StaticExpr& st : f.statics) {
    if (std::find(codes.begin(), codes.end(), st.code) != codes.end()) continue;
    codes.push_back(st.code);
    sha.update(st.code);
    if (!st.func) {
      sha.update(constant_bytes(*st.value));
    } else if (!in_progress_.count(st.func)) {
      sha.update(hash_function(*st.func));
    }
  }
  for (const auto& [id, code] : refs.types) sha.update(code);
  for (const auto& [fn, builtin] : refs.functions) {
    if (builtin) {  // ModuleHasher.hash_builtin_function
      Sha256 b;
      b.update("builtin");
      b.update(builtin->key);
      b.update(builtin->native);
      b.update(builtin->dispatch_repr);
      sha.update(b.finish());
    } else if (!in_progress_.count(fn)) {
      sha.update(hash_function(*fn));
    }
  }
  return sha.finish();
}

}  // namespace ws::codegen
