#include "codegen/host_code.h"

#include <algorithm>
#include <array>

#include "frontend/parser.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using frontend::decline;
using frontend::Pos;
using frontend::Token;
using frontend::TokKind;
using Toks = std::span<const Token>;

// Attributes of warp (or of anything imported from it) that register code, change options or reach
// Warp's internals. Sorted.
constexpr std::array<std::string_view, 27> kWarpDanger = {"Function",
                                                          "Kernel",
                                                          "Module",
                                                          "_register_module_source",
                                                          "_src",
                                                          "codegen",
                                                          "compile_aot_module",
                                                          "config",
                                                          "constant",
                                                          "context",
                                                          "force_load",
                                                          "func",
                                                          "func_grad",
                                                          "func_native",
                                                          "func_replay",
                                                          "get_module",
                                                          "grad",
                                                          "jax_callable",
                                                          "jax_kernel",
                                                          "kernel",
                                                          "load_aot_module",
                                                          "load_module",
                                                          "map",
                                                          "overload",
                                                          "set_module_options",
                                                          "static",
                                                          "struct"};

// Names that reach module globals or builtins by name. Sorted.
constexpr std::array<std::string_view, 11> kPythonDanger = {"__builtins__", "__import__", "builtins", "delattr",
                                                            "eval",         "exec",       "globals",  "importlib",
                                                            "locals",       "setattr",    "vars"};

// Attributes that reach a module's or a frame's globals (`sys.modules`, `f.__globals__`, ...). Sorted.
constexpr std::array<std::string_view, 9> kAttributeDanger = {"__builtins__", "__delattr__", "__dict__",
                                                              "__globals__",  "__setattr__", "f_globals",
                                                              "f_locals",     "getmodule",   "modules"};

static_assert(std::is_sorted(kWarpDanger.begin(), kWarpDanger.end()));
static_assert(std::is_sorted(kPythonDanger.begin(), kPythonDanger.end()));
static_assert(std::is_sorted(kAttributeDanger.begin(), kAttributeDanger.end()));

template <size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view s) {
  return std::binary_search(sorted.begin(), sorted.end(), s);
}

bool is_op(const Token& t, std::string_view op) {
  return t.kind == TokKind::Op && t.text == op;
}
bool is_name(const Token& t, std::string_view n) {
  return t.kind == TokKind::Name && t.text == n;
}
// An identifier, not a reserved word.
bool is_identifier(const Token& t) {
  return t.kind == TokKind::Name && !frontend::is_keyword(t.text);
}
Pos pos_of(const Token& t) {
  return {t.line, t.col};
}

// Bracket depth change of one token.
int depth_step(const Token& t) {
  if (t.kind != TokKind::Op || t.text.size() != 1) return 0;
  char c = t.text[0];
  if (c == '(' || c == '[' || c == '{') return 1;
  if (c == ')' || c == ']' || c == '}') return -1;
  return 0;
}

// Index of the first `op` outside brackets at or after `from`, or npos.
size_t find_top_level(Toks t, std::string_view op, size_t from = 0) {
  int depth = 0;
  for (size_t i = from; i < t.size(); ++i) {
    if (depth == 0 && is_op(t[i], op)) return i;
    depth += depth_step(t[i]);
  }
  return std::string_view::npos;
}

// Splits at top-level `sep`.
std::vector<Toks> split_top_level(Toks t, std::string_view sep) {
  std::vector<Toks> parts;
  size_t start = 0;
  for (size_t at = find_top_level(t, sep); at != std::string_view::npos; at = find_top_level(t, sep, start)) {
    parts.push_back(t.subspan(start, at - start));
    start = at + 1;
  }
  parts.push_back(t.subspan(start));
  return parts;
}

enum class Scope { Module, Function, Class };
enum class Part { Decorator, Header, Simple };

constexpr std::array<std::string_view, 11> kCompound = {"class", "def", "elif", "else",  "except", "finally",
                                                        "for",   "if",  "try",  "while", "with"};

// The keyword of a compound statement's header line (after `async`), or empty.
std::string_view compound_keyword(Toks line) {
  size_t k = is_name(line[0], "async") && line.size() > 1 ? 1 : 0;
  const Token& t = line[k];
  if (t.kind == TokKind::Name && std::find(kCompound.begin(), kCompound.end(), t.text) != kCompound.end())
    return t.text;
  return {};
}

// Calls f(tokens, scope, part) for every statement of the token range, in order: decorator lines, the
// headers of compound statements (up to their ':') and simple statements (split at ';', same-line
// bodies included). Blocks opened by `def` / `class` run in function / class scope, other blocks in
// their header's scope.
template <class F>
void for_each_statement(Toks toks, F&& f) {
  std::vector<Scope> scopes{Scope::Module};
  Scope opened = Scope::Module;
  size_t i = 0;
  while (i < toks.size()) {
    TokKind k = toks[i].kind;
    if (k == TokKind::Indent) scopes.push_back(opened);
    if (k == TokKind::Dedent && scopes.size() > 1) scopes.pop_back();
    if (k == TokKind::Indent || k == TokKind::Dedent || k == TokKind::Newline || k == TokKind::EndMarker) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < toks.size() && toks[j].kind != TokKind::Newline && toks[j].kind != TokKind::EndMarker) ++j;
    Toks line = toks.subspan(i, j - i);
    i = j;
    Scope scope = scopes.back();
    opened = scope;
    if (is_op(line[0], "@")) {
      f(line, scope, Part::Decorator);
      continue;
    }
    Toks body = line;
    if (std::string_view kw = compound_keyword(line); !kw.empty()) {
      size_t colon = find_top_level(line, ":");
      if (colon == std::string_view::npos) throw frontend::SyntaxError("expected ':'", line[0].line, line[0].col);
      f(line.first(colon), scope, Part::Header);
      if (kw == "def") opened = Scope::Function;
      if (kw == "class") opened = Scope::Class;
      body = line.subspan(colon + 1);
      if (body.empty()) continue;
    }
    for (Toks simple : split_top_level(body, ";")) {
      if (!simple.empty()) f(simple, opened, Part::Simple);
    }
  }
}

// The assignment targets of a simple statement: the tokens before its last top-level `=`, before an
// augmented operator, or before an annotation's `:`; empty when it assigns nothing.
Toks assignment_targets(Toks t) {
  int depth = 0;
  size_t first_eq = std::string_view::npos, last_eq = std::string_view::npos, colon = std::string_view::npos;
  for (size_t i = 0; i < t.size(); ++i) {
    if (depth == 0) {
      if (is_name(t[i], "lambda") && first_eq == std::string_view::npos && colon == std::string_view::npos) return {};
      if (t[i].kind == TokKind::Op) {
        if (t[i].text == "=") {
          if (first_eq == std::string_view::npos) first_eq = i;
          last_eq = i;
        } else if (t[i].text == ":" && colon == std::string_view::npos) {
          colon = i;
        } else if (frontend::is_augmented_assign(t[i].text)) {
          return t.first(i);
        }
      }
    }
    depth += depth_step(t[i]);
  }
  if (colon != std::string_view::npos && (first_eq == std::string_view::npos || colon < first_eq))
    return t.first(colon);
  return last_eq == std::string_view::npos ? Toks{} : t.first(last_eq);
}

// The names a target list (or `del`) binds: identifiers that are neither reached through `.` nor
// followed by a trailer (`.x`, `[i]`, `(...)`), outside the brackets of trailers. `a, (b, *c) = ...`
// binds a, b and c; `a.x = ...` and `a[i] = ...` bind nothing.
void bind_names(Toks t, std::vector<HostName>& out) {
  std::vector<bool> trailer;  // open brackets: whether each is a subscript or call
  size_t in_trailer = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& x = t[i];
    if (int step = depth_step(x); step != 0) {
      if (step > 0) {
        const Token* prev = i > 0 ? &t[i - 1] : nullptr;
        bool is_trailer =
            prev && (is_identifier(*prev) || is_op(*prev, ")") || is_op(*prev, "]") || prev->kind == TokKind::String);
        trailer.push_back(is_trailer);
        in_trailer += is_trailer;
      } else if (!trailer.empty()) {
        in_trailer -= trailer.back();
        trailer.pop_back();
      }
      continue;
    }
    if (in_trailer || !is_identifier(x) || (i > 0 && is_op(t[i - 1], "."))) continue;
    const bool has_trailer = i + 1 < t.size() && (is_op(t[i + 1], ".") || is_op(t[i + 1], "[") || is_op(t[i + 1], "("));
    if (!has_trailer) out.push_back({x.text, pos_of(x)});
  }
}

// `import a.b as c, d` / `from .m import (x as y, z)`.
void scan_import(Toks s, bool binds, HostScan& out) {
  auto spell = [](Toks t) {
    std::string spelled;
    for (const Token& x : t) spelled += x.text;
    return spelled;
  };
  auto add = [&](HostImport i) {
    if (binds) out.binds.push_back({i.bound, i.pos});
    out.imports.push_back(std::move(i));
  };
  if (is_name(s[0], "import")) {
    for (Toks item : split_top_level(s.subspan(1), ",")) {
      if (item.empty()) throw frontend::SyntaxError("invalid import", s[0].line, s[0].col);
      size_t as = item.size() >= 2 && is_name(item[item.size() - 2], "as") ? item.size() - 2 : item.size();
      bool aliased = as < item.size();
      add({spell(item.first(as)), {}, aliased ? item.back().text : item[0].text, aliased, pos_of(item[0])});
    }
    return;
  }
  size_t import_at = 1;
  while (import_at < s.size() && !is_name(s[import_at], "import")) ++import_at;
  if (import_at + 1 >= s.size()) throw frontend::SyntaxError("invalid import", s[0].line, s[0].col);
  std::string module = spell(s.subspan(1, import_at - 1));
  Toks names = s.subspan(import_at + 1);
  if (is_op(names[0], "*")) decline("star import (it may bind any name)", pos_of(names[0]));
  if (is_op(names[0], "(") && is_op(names.back(), ")")) names = names.subspan(1, names.size() - 2);
  for (Toks item : split_top_level(names, ",")) {
    if (item.empty()) continue;  // a trailing comma
    bool aliased = item.size() == 3 && is_name(item[1], "as");
    add({module, item[0].text, item.back().text, aliased, pos_of(item[0])});
  }
}

void scan_statement(Toks t, Scope scope, Part part, HostScan& out) {
  // `x := v` binds in the enclosing function, or here at module level (comprehensions included)
  if (scope == Scope::Module) {
    for (size_t i = 1; i < t.size(); ++i) {
      if (is_op(t[i], ":=") && is_identifier(t[i - 1])) out.binds.push_back({t[i - 1].text, pos_of(t[i - 1])});
    }
  }
  if (part == Part::Decorator) return;
  if (part == Part::Header) {
    size_t k = is_name(t[0], "async") ? 1 : 0;
    std::string_view kw = t[k].text;
    if (scope != Scope::Module) return;
    if ((kw == "def" || kw == "class") && k + 1 < t.size()) out.binds.push_back({t[k + 1].text, pos_of(t[k + 1])});
    if (kw == "for") {
      size_t in = k + 1;
      while (in < t.size() && !is_name(t[in], "in")) ++in;
      bind_names(t.subspan(k + 1, in - k - 1), out.binds);
    }
    if (kw == "with" || kw == "except") {
      // the target after each `as`, up to the next `,` (or the closing bracket) at its own depth
      for (size_t i = k + 1; i < t.size(); ++i) {
        if (!is_name(t[i], "as")) continue;
        int depth = 0;
        size_t end = i + 1;
        for (; end < t.size(); ++end) {
          if (depth == 0 && is_op(t[end], ",")) break;
          depth += depth_step(t[end]);
          if (depth < 0) break;
        }
        bind_names(t.subspan(i + 1, end - i - 1), out.binds);
      }
    }
    return;
  }
  if (is_name(t[0], "match") && is_op(t.back(), ":")) decline("'match' statement in host code", pos_of(t[0]));
  if (is_name(t[0], "global")) {
    bind_names(t.subspan(1), out.binds);  // at any depth: the function may run while the module loads
    return;
  }
  if (is_name(t[0], "import") || is_name(t[0], "from")) {
    scan_import(t, scope == Scope::Module, out);
    return;
  }
  if (scope != Scope::Module) return;
  if (is_name(t[0], "del")) {
    bind_names(t.subspan(1), out.binds);
    return;
  }
  bind_names(assignment_targets(t), out.binds);
}

// The expressions of an f-string's replacement fields (format specs' nested fields included).
void fstring_expressions(const Token& t, std::vector<std::string_view>& out) {
  std::string_view s = t.text;
  size_t q = s.find_first_of("'\"");
  size_t quote_len = s.substr(q, 3) == std::string(3, s[q]) ? 3 : 1;
  std::string_view body = s.substr(q + quote_len, s.size() - q - 2 * quote_len);
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '{') continue;
    if (i + 1 < body.size() && body[i + 1] == '{') {
      ++i;
      continue;
    }
    // the expression runs to a top-level '!' (not '!='), ':' or '}'
    size_t j = i + 1;
    int depth = 0;
    char quote = 0;
    for (; j < body.size(); ++j) {
      char c = body[j];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        ++depth;
      } else if (depth > 0 && (c == ')' || c == ']' || c == '}')) {
        --depth;
      } else if (depth == 0 && (c == '}' || c == ':' || (c == '!' && (j + 1 == body.size() || body[j + 1] != '=')))) {
        break;
      }
    }
    out.push_back(body.substr(i + 1, j - i - 1));
    i = j;  // a format spec that follows is scanned like literal text: its own fields are found too
  }
}

bool is_fstring(const Token& t) {
  if (t.kind != TokKind::String) return false;
  std::string_view prefix = t.text.substr(0, t.text.find_first_of("'\""));
  return prefix.find_first_of("fF") != std::string_view::npos;
}

class Checker {
 public:
  Checker(const HostContext& ctx, std::vector<HostName>& mutated) : ctx_(ctx), mutated_(mutated) {}

  void statement(Toks t, Scope scope, Part part) {
    if (part == Part::Decorator) {
      bool plain = scope == Scope::Class && t.size() == 2 &&
                   (is_name(t[1], "staticmethod") || is_name(t[1], "classmethod") || is_name(t[1], "property"));
      if (!plain) decline("decorator in host code (it may register a kernel)", pos_of(t[0]));
    }
    bool import = part == Part::Simple && (is_name(t[0], "import") || is_name(t[0], "from"));
    if (import) {
      HostScan s;
      scan_import(t, false, s);
      for (const HostImport& i : s.imports) check_import(i);
    }
    tokens(t, import, nullptr);
    if (part == Part::Simple) {
      Toks targets = is_name(t[0], "del") ? t.subspan(1) : assignment_targets(t);
      for (size_t i = 0; i < targets.size(); ++i) {
        if ((i == 0 || !is_op(targets[i - 1], ".")) && warp_root(targets[i].text) && i + 1 < targets.size() &&
            is_op(targets[i + 1], "."))
          decline("assignment to an attribute of warp in host code", pos_of(targets[i]));
      }
    }
  }

 private:
  bool warp_root(std::string_view name) const { return ctx_.warp_modules.count(name) || ctx_.warp_related.count(name); }

  void check_import(const HostImport& i) {
    if (!imports_from_warp(i)) return;
    std::string_view module = i.module;
    for (size_t start = 0; start <= module.size();) {
      size_t dot = std::min(module.find('.', start), module.size());
      if (contains(kWarpDanger, module.substr(start, dot - start)))
        decline("import of warp's '" + std::string(module) + "' in host code", i.pos);
      start = dot + 1;
    }
    if (contains(kWarpDanger, i.name)) decline("import of warp." + std::string(i.name) + " in host code", i.pos);
  }

  // `at` replaces the tokens' own positions inside an f-string.
  void tokens(Toks t, bool import, const Token* at) {
    auto where = [&](const Token& x) { return pos_of(at ? *at : x); };
    for (size_t i = 0; i < t.size(); ++i) {
      const Token& x = t[i];
      if (is_fstring(x)) fstring(x);
      if (x.kind != TokKind::Name) continue;
      if (i > 0 && is_op(t[i - 1], ".")) {
        if (contains(kAttributeDanger, x.text))
          decline("'." + std::string(x.text) + "' in host code (it reaches module globals)", where(x));
        continue;
      }
      if (contains(kPythonDanger, x.text))
        decline("'" + std::string(x.text) + "' in host code (it reaches module globals)", where(x));
      const bool attribute_follows = i + 1 < t.size() && is_op(t[i + 1], ".");
      if (warp_root(x.text)) {
        for (size_t j = i; j + 2 < t.size() && is_op(t[j + 1], ".") && t[j + 2].kind == TokKind::Name; j += 2) {
          if (contains(kWarpDanger, t[j + 2].text))
            decline("'" + std::string(x.text) + "..." + std::string(t[j + 2].text) + "' in host code", where(x));
        }
        if (ctx_.warp_modules.count(x.text) && !import && !attribute_follows)
          decline("warp module used as a value in host code", where(x));
      }
      if (ctx_.registered.count(x.text) && attribute_follows)
        decline("attribute of '" + std::string(x.text) + "' in host code", where(x));
      if (ctx_.mutable_constants.count(x.text)) mutated_.push_back({x.text, where(x)});
    }
  }

  void fstring(const Token& s) {
    std::vector<std::string_view> exprs;
    fstring_expressions(s, exprs);
    for (std::string_view e : exprs) {
      std::string text(e);
      std::vector<Token> inner;
      try {
        inner = frontend::tokenize(text);
      } catch (const frontend::SyntaxError&) {
        decline("f-string the host code scan cannot read", pos_of(s));
      }
      for (const Token& x : inner) {
        if (is_op(x, ":=")) decline("assignment expression in an f-string", pos_of(s));
      }
      tokens(inner, false, &s);
    }
  }

  const HostContext& ctx_;
  std::vector<HostName>& mutated_;
};

}  // namespace

HostScan scan_host_code(std::span<const Token> toks) {
  HostScan out;
  for_each_statement(toks, [&](Toks t, Scope scope, Part part) { scan_statement(t, scope, part, out); });
  return out;
}

std::vector<HostName> check_host_code(std::span<const Token> toks, const HostContext& ctx) {
  std::vector<HostName> mutated;
  Checker checker(ctx, mutated);
  for_each_statement(toks, [&](Toks t, Scope scope, Part part) { checker.statement(t, scope, part); });
  return mutated;
}

bool imports_warp_module(const HostImport& i) {
  return i.name.empty() && (i.module == "warp" || (i.module.starts_with("warp.") && !i.aliased));
}

bool imports_from_warp(const HostImport& i) {
  return i.module == "warp" || i.module.starts_with("warp.");
}

}  // namespace ws::codegen
