#include "codegen/kernel_overloads.h"

#include <map>
#include <memory>
#include <string>

#include "codegen/adjoint.h"
#include "codegen/host_tokens.h"
#include "frontend/parser.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using frontend::decline;
using frontend::Expr;
using frontend::ExprKind;
using frontend::Pos;
using frontend::StmtKind;
using frontend::Token;
using frontend::TokKind;
using types::Type;
using namespace host_tokens;

// Splits at top-level `sep`; a trailing separator adds no empty part (`[a, b,]`).
std::vector<Toks> split(Toks t, std::string_view sep) {
  std::vector<Toks> parts = split_top_level(t, sep);
  if (parts.back().empty()) parts.pop_back();
  return parts;
}

// The index of the bracket closing the one at `open`, or npos.
size_t closing(Toks t, size_t open) {
  int depth = 0;
  for (size_t i = open; i < t.size(); ++i) {
    depth += depth_step(t[i]);
    if (depth == 0) return i;
  }
  return std::string_view::npos;
}

// An expression parsed from its tokens' source text, at its own positions: the text is preceded by
// line breaks and an opening parenthesis padded to the first token's column, so the parser's positions
// are the file's.
struct Parsed {
  std::unique_ptr<std::string> text;  // the module views into it
  frontend::Module module;
  const Expr* expr = nullptr;
};

class Reader {
 public:
  Reader(ModuleEnv& env, std::string_view src) : env_(env), src_(src) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < src.size(); ++i) {
      if (src[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  // `[name =] wp.overload(kernel, types)`: nullopt if `t` is no wp.overload call; else the bound name
  // (null if none) after recording the overload. `subst` binds loop variables to their items.
  std::optional<const Token*> call(Toks t, const std::map<std::string_view, Toks>& subst) {
    const Token* target = nullptr;
    if (t.size() > 2 && t[0].kind == TokKind::Name && is_op(t[1], "=")) {
      target = &t[0];
      t = t.subspan(2);
    }
    if (t.size() < 5 || t[0].kind != TokKind::Name || !is_op(t[1], ".") || !is_name(t[2], "overload") ||
        !is_op(t[3], "("))
      return std::nullopt;
    const Global* wp = env_.find(t[0].text);
    if (!wp || wp->kind != Global::Kind::WarpModule) return std::nullopt;
    if (closing(t, 3) != t.size() - 1) decline("wp.overload call the native backend does not read", pos_of(t[0]));
    std::vector<Toks> args = split(t.subspan(4, t.size() - 5), ",");
    if (args.size() != 2 || args[0].size() != 1 || args[0][0].kind != TokKind::Name || args[1].empty())
      decline("wp.overload call other than wp.overload(kernel, types)", pos_of(t[0]));
    const Global* g = env_.find(args[0][0].text);
    if (!g || g->kind != Global::Kind::Kernel)
      decline("wp.overload of something other than a module-level @wp.kernel", pos_of(args[0][0]));
    FuncInfo& k = *g->func;
    if (!is_generic_kernel(env_, k)) decline("wp.overload of a kernel that is not generic", pos_of(args[0][0]));
    if (!k.statics.empty())
      decline("wp.overload of a kernel with wp.static() (Warp evaluates it again for each overload)",
              pos_of(args[0][0]));
    add(k, overload_types(k, args[1], subst));
    return target;
  }

  // `for <names> in <tuple or list literal>:` whose body holds only wp.overload calls: nullopt for any
  // other statement.
  std::optional<std::vector<HostName>> loop(Toks t) {
    if (!is_name(t[0], "for")) return std::nullopt;
    size_t in = 1;
    while (in < t.size() && !is_name(t[in], "in")) ++in;
    size_t colon = in + 1 < t.size() && (is_op(t[in + 1], "(") || is_op(t[in + 1], "[")) ? closing(t, in + 1) + 1 : 0;
    if (in == t.size() || colon == 0 || colon >= t.size() || !is_op(t[colon], ":")) return std::nullopt;
    std::vector<HostName> targets;
    for (Toks n : split(t.subspan(1, in - 1), ",")) {
      if (n.size() != 1 || n[0].kind != TokKind::Name) return std::nullopt;
      targets.push_back({n[0].text, pos_of(n[0])});
    }
    // the body: logical lines after the colon, same-line or in the indented block
    std::vector<Toks> body;
    size_t start = colon + 1;
    for (size_t i = start; i < t.size(); ++i) {
      if (t[i].kind == TokKind::Newline || t[i].kind == TokKind::Indent || t[i].kind == TokKind::Dedent) {
        if (i > start) body.push_back(t.subspan(start, i - start));
        start = i + 1;
      }
    }
    if (start < t.size()) body.push_back(t.subspan(start));
    if (body.empty()) return std::nullopt;
    for (Toks s : body) {
      if (!probe(s)) return std::nullopt;
    }
    const Toks iter = t.subspan(in + 2, colon - in - 3);
    const std::vector<Toks> items = split(iter, ",");
    for (Toks item : items) {
      if (item.empty() || is_op(item[0], "*")) return std::nullopt;  // unpacking: host code
    }
    for (Toks item : items) {
      std::map<std::string_view, Toks> subst;
      if (targets.size() == 1) {
        subst[targets[0].name] = item;
      } else {
        if (!is_op(item[0], "(") || closing(item, 0) != item.size() - 1)
          decline("wp.overload loop item other than a tuple", pos_of(item[0]));
        std::vector<Toks> parts = split(item.subspan(1, item.size() - 2), ",");
        if (parts.size() != targets.size()) decline("wp.overload loop item of another length", pos_of(item[0]));
        for (size_t k = 0; k < parts.size(); ++k) subst[targets[k].name] = parts[k];
      }
      for (Toks s : body) {
        if (const Token* bound = *call(s, subst)) targets.push_back({bound->text, pos_of(*bound)});
      }
    }
    return targets;
  }

  // Whether `s` is a wp.overload call statement, without reading its types.
  bool probe(Toks s) const {
    if (s.size() > 2 && s[0].kind == TokKind::Name && is_op(s[1], "=")) s = s.subspan(2);
    if (s.size() < 5 || s[0].kind != TokKind::Name || !is_op(s[1], ".") || !is_name(s[2], "overload") ||
        !is_op(s[3], "("))
      return false;
    const Global* wp = env_.find(s[0].text);
    return wp && wp->kind == Global::Kind::WarpModule;
  }

 private:
  // overload(): the list form gives every parameter's type, the dict form the named ones (the others
  // keep their annotation: a generic one left so makes add_overload raise).
  std::vector<Type> overload_types(const FuncInfo& k, Toks arg, const std::map<std::string_view, Toks>& subst) {
    const auto& params = k.def->params;
    std::vector<Type> out;
    const size_t close = closing(arg, 0);
    if (is_op(arg[0], "[")) {
      if (close == std::string_view::npos) decline("wp.overload types", pos_of(arg[0]));
      int64_t repeat = 1;
      if (close + 3 == arg.size() && is_op(arg[close + 1], "*") && arg[close + 2].kind == TokKind::Number) {
        repeat = std::stoll(std::string(arg[close + 2].text));
      } else if (close + 1 != arg.size()) {
        decline("wp.overload types other than a list or dict literal", pos_of(arg[0]));
      }
      std::vector<Toks> items = split(arg.subspan(1, close - 1), ",");
      std::vector<Pos> at;
      for (int64_t r = 0; r < repeat; ++r) {
        for (Toks item : items) {
          out.push_back(type_of(item, subst));
          at.push_back(pos_of(item[0]));
        }
      }
      if (out.size() != params.size()) decline("wp.overload with the wrong number of types", pos_of(arg[0]));
      for (size_t i = 0; i < params.size(); ++i) check_match(params[i], out[i], at[i]);
      return out;
    }
    if (!is_op(arg[0], "{") || close + 1 != arg.size())
      decline("wp.overload types other than a list or dict literal", pos_of(arg[0]));
    std::vector<std::optional<Type>> given(params.size());
    std::vector<Pos> at(params.size(), pos_of(arg[0]));
    for (Toks item : split(arg.subspan(1, close - 1), ",")) {
      std::vector<Toks> kv = split(item, ":");
      const std::string_view key = kv[0].size() == 1 && kv[0][0].kind == TokKind::String ? kv[0][0].text : "";
      const bool plain = key.size() >= 2 && (key[0] == '"' || key[0] == '\'') && key.back() == key[0];
      if (kv.size() != 2 || !plain || kv[1].empty()) decline("wp.overload dict entry", pos_of(item[0]));
      const std::string_view name = key.substr(1, key.size() - 2);
      size_t i = 0;
      while (i < params.size() && params[i].name != name) ++i;
      if (i == params.size()) decline("wp.overload of an argument the kernel does not have", pos_of(item[0]));
      given[i] = type_of(kv[1], subst);  // a repeated key: the dict keeps the last
      at[i] = pos_of(kv[1][0]);
    }
    for (size_t i = 0; i < params.size(); ++i) {
      if (!given[i]) {
        if (generic_type_code(env_, *params[i].annotation))
          decline("wp.overload leaving a generic argument generic", pos_of(arg[0]));
        given[i] = annotation_type(env_, *params[i].annotation);
      }
      check_match(params[i], *given[i], at[i]);
      out.push_back(*given[i]);
    }
    return out;
  }

  // types.type_matches_template for the generic annotations handled natively (Any, arrays of Any).
  void check_match(const frontend::Param& p, const Type& t, Pos at) const {
    const std::optional<std::string> code = generic_type_code(env_, *p.annotation);
    const bool matches = code ? *code == "?" || (t.is_plain_array() && "a" + std::to_string(t.ndim) + "?" == *code)
                              : t == annotation_type(env_, *p.annotation);
    if (!matches) decline("wp.overload type not matching the kernel's parameter '" + std::string(p.name) + "'", at);
  }

  // One type of the list or dict: a loop variable stands for its item; `wp.arrayNd[X]` with a loop
  // variable X is an array of X's type. Any other use of a loop variable is declined.
  Type type_of(Toks t, const std::map<std::string_view, Toks>& subst) {
    const Parsed p = parse(t);
    return eval(*p.expr, subst);
  }

  Type eval(const Expr& e, const std::map<std::string_view, Toks>& subst) {
    if (e.kind == ExprKind::Name) {
      if (auto it = subst.find(e.text); it != subst.end()) return type_of(it->second, {});
    }
    if (e.kind == ExprKind::Subscript && e.items[0]->kind == ExprKind::Attribute &&
        is_warp_alias(env_, *e.items[0]->items[0]) && array_ndim(e.items[0]->text) != 0 &&
        mentions(*e.items[1], subst)) {
      const Type dtype = eval(*e.items[1], subst);
      if (dtype.is_array()) decline("array annotation without a value dtype", e.pos);
      return Type::array_of(dtype, array_ndim(e.items[0]->text));
    }
    if (mentions(e, subst)) decline("loop variable in a wp.overload type other than an array's dtype", e.pos);
    return annotation_type(env_, e);
  }

  static bool mentions(const Expr& e, const std::map<std::string_view, Toks>& subst) {
    if (e.kind == ExprKind::Name && subst.count(e.text)) return true;
    for (const auto& c : e.items) {
      if (c && mentions(*c, subst)) return true;
    }
    for (const auto& kw : e.keywords) {
      if (mentions(*kw.value, subst)) return true;
    }
    return false;
  }

  Parsed parse(Toks t) const {
    const Token& first = t.front();
    const Token& last = t.back();
    if (first.col < 2) decline("wp.overload type at column 1", pos_of(first));
    const size_t begin = line_starts_[static_cast<size_t>(first.line - 1)] + static_cast<size_t>(first.col - 1);
    const size_t end =
        line_starts_[static_cast<size_t>(last.line - 1)] + static_cast<size_t>(last.col - 1) + last.text.size();
    Parsed p;
    p.text = std::make_unique<std::string>(static_cast<size_t>(first.line - 1), '\n');
    *p.text += '(';
    p.text->append(static_cast<size_t>(first.col - 2), ' ');
    *p.text += src_.substr(begin, end - begin);
    *p.text += ")\n";
    p.module = frontend::parse(*p.text);
    if (p.module.body.size() != 1 || p.module.body[0]->kind != StmtKind::Expr)
      decline("wp.overload type the native backend does not read", pos_of(first));
    p.expr = p.module.body[0]->value.get();
    return p;
  }

  // Kernel.add_overload: one instance per signature (get_signature: the joined type codes).
  static void add(FuncInfo& k, std::vector<Type> types) {
    auto sig = [](const std::vector<Type>& ts) {
      std::string s;
      for (const Type& t : ts) s += t.type_code() + "_";
      return s;
    };
    for (const auto& o : k.overloads) {
      if (sig(o) == sig(types)) return;
    }
    k.overloads.push_back(std::move(types));
  }

  ModuleEnv& env_;
  std::string_view src_;
  std::vector<size_t> line_starts_;
};

}  // namespace

bool is_generic_kernel(const ModuleEnv& env, const FuncInfo& f) {
  for (const auto& p : f.def->params) {
    if (p.annotation && generic_type_code(env, *p.annotation)) return true;
  }
  return false;
}

std::optional<std::vector<HostName>> kernel_overload_statement(ModuleEnv& env, std::span<const Token> toks,
                                                               std::string_view src) {
  while (!toks.empty() && (toks.back().kind == TokKind::Newline || toks.back().kind == TokKind::Dedent ||
                           toks.back().kind == TokKind::EndMarker))
    toks = toks.first(toks.size() - 1);
  if (toks.empty()) return std::nullopt;
  Reader reader(env, src);
  if (is_name(toks[0], "for")) return reader.loop(toks);
  for (const Token& t : toks) {
    if (t.kind == TokKind::Newline) return std::nullopt;  // several logical lines
  }
  if (!reader.probe(toks)) return std::nullopt;
  std::vector<HostName> binds;
  if (const Token* bound = *reader.call(toks, {})) binds.push_back({bound->text, pos_of(*bound)});
  return binds;
}

}  // namespace ws::codegen
