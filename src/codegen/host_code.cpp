#include "codegen/host_code.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "codegen/host_tokens.h"
#include "codegen/host_warp_uses.h"
#include "frontend/parser.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using frontend::decline;
using frontend::Pos;
using frontend::Token;
using frontend::TokKind;
using namespace host_tokens;

// Names that reach module globals or builtins by name (`builtins` and `importlib`, and the names
// imports bind from them: Checker's names_from). Sorted.
constexpr std::array<std::string_view, 9> kPythonDanger = {"__builtins__", "__import__", "delattr", "eval", "exec",
                                                           "globals",      "locals",     "setattr", "vars"};

// Attributes that reach a module's or a frame's globals (`sys.modules`, `f.__globals__`, ...), or the
// annotations that may hold Warp's classes (parameter_class_annotation). Sorted.
constexpr std::array<std::string_view, 10> kAttributeDanger = {
    "__annotations__", "__builtins__", "__delattr__", "__dict__",  "__globals__",
    "__setattr__",     "f_globals",    "f_locals",    "getmodule", "modules"};

// Standard-library decorators that neither register anything with Warp nor call what they decorate
// when it is defined (they wrap it, mark it or record it): `functools.wraps(k)` only reads `k`'s
// attributes, `dataclasses.dataclass` only reads the class and adds methods, `unittest.skip*` wrap or
// mark, `typing.overload` records the function in typing's own registry. Sorted.
constexpr std::array<std::string_view, 15> kStdlibDecorators = {"abc.abstractmethod",
                                                                "contextlib.asynccontextmanager",
                                                                "contextlib.contextmanager",
                                                                "dataclasses.dataclass",
                                                                "functools.cache",
                                                                "functools.cached_property",
                                                                "functools.lru_cache",
                                                                "functools.total_ordering",
                                                                "functools.wraps",
                                                                "typing.final",
                                                                "typing.overload",
                                                                "unittest.expectedFailure",
                                                                "unittest.skip",
                                                                "unittest.skipIf",
                                                                "unittest.skipUnless"};

static_assert(std::is_sorted(kStdlibDecorators.begin(), kStdlibDecorators.end()));
static_assert(std::is_sorted(kPythonDanger.begin(), kPythonDanger.end()));
static_assert(std::is_sorted(kAttributeDanger.begin(), kAttributeDanger.end()));

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

// Where a statement sits: the scope it runs in, its block depth (0 at module level) and whether a
// function encloses it (its code runs only when that function is called).
struct Site {
  Scope scope;
  int depth;
  bool in_function;
};

// Calls f(tokens, site, part) for every statement of the token range, in order: decorator lines, the
// headers of compound statements (up to their ':') and simple statements (split at ';', same-line
// bodies included). Blocks opened by `def` / `class` run in function / class scope, other blocks in
// their header's scope.
template <class F>
void for_each_statement(Toks toks, F&& f) {
  std::vector<Scope> scopes{Scope::Module};
  int functions = 0;  // Function entries in `scopes`
  Scope opened = Scope::Module;
  size_t i = 0;
  while (i < toks.size()) {
    TokKind k = toks[i].kind;
    if (k == TokKind::Indent) {
      scopes.push_back(opened);
      functions += opened == Scope::Function;
    }
    if (k == TokKind::Dedent && scopes.size() > 1) {
      functions -= scopes.back() == Scope::Function;
      scopes.pop_back();
    }
    if (k == TokKind::Indent || k == TokKind::Dedent || k == TokKind::Newline || k == TokKind::EndMarker) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < toks.size() && toks[j].kind != TokKind::Newline && toks[j].kind != TokKind::EndMarker) ++j;
    Toks line = toks.subspan(i, j - i);
    i = j;
    const Site site{scopes.back(), static_cast<int>(scopes.size()) - 1, functions > 0};
    opened = site.scope;
    if (is_op(line[0], "@")) {
      f(line, site, Part::Decorator);
      continue;
    }
    Toks body = line;
    Site body_site = site;
    if (std::string_view kw = compound_keyword(line); !kw.empty()) {
      size_t colon = find_top_level(line, ":");
      if (colon == std::string_view::npos) throw frontend::SyntaxError("expected ':'", line[0].line, line[0].col);
      f(line.first(colon), site, Part::Header);
      if (kw == "def") opened = Scope::Function;
      if (kw == "class") opened = Scope::Class;
      body = line.subspan(colon + 1);
      if (body.empty()) continue;
      body_site = {opened, site.depth + 1, site.in_function || opened == Scope::Function};
    }
    for (Toks simple : split_top_level(body, ";")) {
      if (!simple.empty()) f(simple, body_site, Part::Simple);
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

// `import a.b as c, d` / `from .m import (x as y, z)` / `from m import *` (Python allows that only at
// module level; in a class body it would bind class attributes, which nothing here models).
void scan_import(Toks s, Scope scope, HostScan& out) {
  const bool binds = scope == Scope::Module;
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
  if (is_op(names[0], "*")) {
    if (!binds) decline("star import inside a function or class", pos_of(names[0]));
    out.imports.push_back({module, names[0].text, {}, false, pos_of(names[0])});
    return;
  }
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
    scan_import(t, scope, out);
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

// `@a.b.c` or `@a.b.c(...)` naming one of kStdlibDecorators, its first name mapped to a dotted
// module path by `origin` (empty: not a standard-library name). Its arguments are scanned as code.
template <class Origin>
bool is_stdlib_decorator(Toks t, Origin&& origin) {
  if (t.size() < 2 || !is_identifier(t[1])) return false;
  std::string path = origin(t[1].text);
  if (path.empty()) return false;
  size_t k = 2;
  for (; k + 1 < t.size() && is_op(t[k], ".") && is_identifier(t[k + 1]); k += 2) {
    path += '.';
    path += t[k + 1].text;
  }
  const bool call = k < t.size() && is_op(t[k], "(") && find_top_level(t.subspan(k + 1), ")") == t.size() - k - 2;
  return (k == t.size() || call) && contains(kStdlibDecorators, path);
}

// The decorators Warp registers a definition with, without options (`@wp.kernel`, `@wp.func`,
// `@wp.struct`), or `@wp.kernel(...)` without `module=`: in a module the file star-imports, they
// register into that module itself. Returns the tokens of the options (empty if none) or nullopt.
std::optional<Toks> own_warp_decorator(Toks t, const HostContext& ctx) {
  if (t.size() < 4 || !ctx.warp_modules.count(t[1].text) || !is_op(t[2], ".")) return std::nullopt;
  const bool plain = is_name(t[3], "kernel") || is_name(t[3], "func") || is_name(t[3], "struct");
  if (plain && t.size() == 4) return Toks{};
  if (!is_name(t[3], "kernel") || t.size() < 6 || !is_op(t[4], "(") || !is_op(t.back(), ")")) return std::nullopt;
  Toks options = t.subspan(5, t.size() - 6);
  for (const Token& x : options) {
    if (is_name(x, "module")) return std::nullopt;  // it may name any module
  }
  return options;
}

// A use of a name bound by an import from importlib (or of `importlib` itself) at t[i] only in
// `importlib.util.find_spec("name")` with a top-level name: that looks a module up without importing
// anything (Warp's tests probe for optional packages so). Any other use may import or reload any
// module by name (`importlib.reload(m)`, `util.module_from_spec(...)`); the imports alone do not.
bool finds_spec_only(Toks t, size_t i) {
  auto at = [&](size_t k, std::string_view text) { return k < t.size() && t[k].text == text; };
  if (!(at(i, "importlib") && at(i + 1, ".") && at(i + 2, "util") && at(i + 3, ".") && at(i + 4, "find_spec") &&
        at(i + 5, "(") && at(i + 7, ")") && t[i + 6].kind == TokKind::String))
    return false;
  std::string_view name = t[i + 6].text;
  return name.size() > 2 && (name[0] == '"' || name[0] == '\'') && name.find('.') == std::string_view::npos;
}

// `module` and the names imports from it bind anywhere in the code (`import importlib.util` binds
// importlib, `from importlib import util` util, `import builtins as b` b).
std::set<std::string, std::less<>> names_from(std::span<const Toks> code, std::string_view module) {
  std::set<std::string, std::less<>> names{std::string(module)};
  for (Toks toks : code) {
    for (const HostImport& i : scan_host_code(toks).imports) {
      if (i.module == module || (i.module.starts_with(module) && i.module[module.size()] == '.'))
        names.emplace(i.bound);
    }
  }
  return names;
}

// The token ranges [start, end) of the first and third positional arguments (the `cls` and `func` of
// add_function_test) of the calls in `t` to the names of `registers` (HostContext::registers_only).
std::vector<std::pair<size_t, size_t>> registered_arguments(Toks t,
                                                            const std::set<std::string_view, std::less<>>& registers) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t call = 0; call + 1 < t.size(); ++call) {
    if (!registers.count(t[call].text) || !is_op(t[call + 1], "(") || (call > 0 && is_op(t[call - 1], "."))) continue;
    size_t arg = 0, start = call + 2;
    int d = 0;
    for (size_t k = call + 2; k < t.size(); ++k) {
      if (d == 0 && (is_op(t[k], ",") || is_op(t[k], ")"))) {
        if (arg == 0 || arg == 2) out.emplace_back(start, k);
        if (is_op(t[k], ")")) break;
        ++arg;
        start = k + 1;
        continue;
      }
      d += depth_step(t[k]);
    }
  }
  return out;
}

// `globals()[<expr>]` at t[i], the whole of an argument registered_arguments finds: a module global
// read by name and only stored as a test (`add_function_test(cls, name, globals()[name])`).
bool registers_global(Toks t, size_t i, const std::set<std::string_view, std::less<>>& registers) {
  if (!(i + 3 < t.size() && is_op(t[i + 1], "(") && is_op(t[i + 2], ")") && is_op(t[i + 3], "["))) return false;
  for (auto [start, end] : registered_arguments(t, registers)) {
    if (start == i && find_top_level(t.subspan(i + 4), "]") == end - i - 5) return true;
  }
  return false;
}

// `NAME = sys.modules[<expr>]`: it reads a module object (`sys.modules[__name__]`, this one) without
// changing anything; any use of NAME may rebind that module's globals (`NAME.x = 1`, or what
// receives it), so Checker declines each one (module_object_names).
bool binds_module_object(Toks t) {
  return t.size() >= 8 && is_identifier(t[0]) && is_op(t[1], "=") && is_name(t[2], "sys") && is_op(t[3], ".") &&
         is_name(t[4], "modules") && is_op(t[5], "[") && find_top_level(t.subspan(6), "]") == t.size() - 7;
}

// The names that binds_module_object statements bind anywhere in the code.
std::set<std::string, std::less<>> module_object_names(std::span<const Toks> code) {
  std::set<std::string, std::less<>> names;
  for (Toks toks : code) {
    for_each_statement(toks, [&](Toks t, Site, Part part) {
      if (part == Part::Simple && binds_module_object(t)) names.emplace(t[0].text);
    });
  }
  return names;
}

// Whether t[i, end) is a whole parameter or return annotation of a `def` header (`kernel: wp.Kernel`,
// `solver: Solver`, `-> wp.Kernel`): defining the function only reads it and stores the value in its
// __annotations__ (an attribute Checker declines). Not after a `lambda` in the header, whose `:` starts
// no annotation (`f=lambda: wp.Kernel` returns the class to whoever calls f).
bool whole_annotation(Toks t, size_t i, size_t end) {
  const size_t k = is_name(t[0], "async") ? 1 : 0;
  if (!is_name(t[k], "def") || i == 0) return false;
  int depth = 0;
  for (size_t j = 0; j < i; ++j) {
    if (is_name(t[j], "lambda")) return false;
    depth += depth_step(t[j]);
  }
  const bool parameter = depth == 1 && is_op(t[i - 1], ":") &&
                         (end < t.size() && (is_op(t[end], ",") || is_op(t[end], ")") || is_op(t[end], "=")));
  const bool returns = depth == 0 && is_op(t[i - 1], "->") && end == t.size();
  return parameter || returns;
}

// `kernel: wp.Kernel` (or `wp.Function`, `wp.Module`) as a whole annotation (whole_annotation), t[i, end)
// the annotation: Python stores the class and calls nothing.
bool parameter_class_annotation(Toks t, size_t i, size_t end, const std::vector<std::string_view>& chain) {
  if (chain.empty()) return false;
  const std::string_view cls = chain.back();
  return (cls == "Kernel" || cls == "Function" || cls == "Module") && whole_annotation(t, i, end);
}

class Checker {
 public:
  // `imported`: the code of a module the file star-imports (scan_imported_module); its imports are
  // appended to `imports`.
  // `code`: all of it, for names_from and module_object_names.
  Checker(const HostContext& ctx, std::span<const Toks> code, std::vector<HostName>& mutated,
          std::vector<HostImport>* imports = nullptr)
      : ctx_(ctx),
        importlib_(names_from(code, "importlib")),
        builtins_(names_from(code, "builtins")),
        module_objects_(module_object_names(code)),
        mutated_(mutated),
        imports_(imports) {}

  void statement(Toks t, Scope scope, Part part) {
    if (part == Part::Decorator) {
      if (imports_) {
        if (std::optional<Toks> options = own_warp_decorator(t, ctx_)) {
          tokens(*options, false, nullptr);
          return;
        }
      } else {
        bool plain = scope == Scope::Class && t.size() == 2 &&
                     (is_name(t[1], "staticmethod") || is_name(t[1], "classmethod") || is_name(t[1], "property"));
        // module_env trusts a name only where no host code may rebind it (may_rebind), at any depth
        auto bound = [&](std::string_view root) {
          auto it = ctx_.stdlib_names.find(root);
          return it == ctx_.stdlib_names.end() ? std::string() : it->second;
        };
        if (!plain && !is_stdlib_decorator(t, bound))
          decline("decorator in host code (it may register a kernel)", pos_of(t[0]));
      }
    }
    bool import = part == Part::Simple && (is_name(t[0], "import") || is_name(t[0], "from"));
    if (import) {
      HostScan s;
      scan_import(t, scope, s);
      if (imports_) imports_->insert(imports_->end(), s.imports.begin(), s.imports.end());
    }
    tokens(t, import, nullptr);
    if (part == Part::Simple) writes(is_name(t[0], "del") ? t.subspan(1) : assignment_targets(t));
    if (part == Part::Header) {
      // `for <targets> in ...`, `with ... as <target>`: what they assign
      size_t k = is_name(t[0], "async") ? 1 : 0;
      if (is_name(t[k], "for")) {
        size_t in = k + 1;
        while (in < t.size() && !is_name(t[in], "in")) ++in;
        writes(t.subspan(k + 1, in - k - 1));
      }
      if (is_name(t[k], "with")) {
        for (size_t i = k + 1; i + 1 < t.size(); ++i) {
          if (is_name(t[i], "as")) writes(t.subspan(i + 1, std::min<size_t>(2, t.size() - i - 1)));
        }
      }
    }
  }

 private:
  bool warp_root(std::string_view name) const { return ctx_.warp_modules.count(name) || ctx_.warp_related.count(name); }

  // Declines an assignment target (or `del`) that reaches through something from warp: `wp.x = ...`,
  // `wp.config.mode = ...` (Module.__init__ and resolve_options read the config), `c.options[k] = ...`.
  void writes(Toks targets) const {
    for (size_t i = 0; i + 1 < targets.size(); ++i) {
      if ((i > 0 && is_op(targets[i - 1], ".")) || !warp_root(targets[i].text) || !is_op(targets[i + 1], ".")) continue;
      const std::set<std::string, std::less<>> paths = warp_paths(targets[i].text);
      const bool config =
          std::any_of(paths.begin(), paths.end(), [](const std::string& p) { return p.ends_with(".config"); }) ||
          (i + 2 < targets.size() && is_name(targets[i + 2], "config"));
      if (config) decline("assignment to warp's config in host code (it changes Warp's options)", pos_of(targets[i]));
      decline("assignment to an attribute of warp in host code", pos_of(targets[i]));
    }
  }

  // The dotted paths in warp the name may be bound to (HostContext::warp_paths).
  std::set<std::string, std::less<>> warp_paths(std::string_view name) const {
    if (auto it = ctx_.warp_paths.find(name); it != ctx_.warp_paths.end()) return it->second;
    return {ctx_.warp_modules.count(name) ? std::string("warp") : "warp." + std::string(name)};
  }

  // `at` replaces the tokens' own positions inside an f-string.
  void tokens(Toks t, bool import, const Token* at) {
    auto where = [&](const Token& x) { return pos_of(at ? *at : x); };
    for (size_t i = 0; i < t.size(); ++i) {
      const Token& x = t[i];
      if (is_fstring(x)) fstring(x);
      if (x.kind != TokKind::Name) continue;
      if (i > 0 && is_op(t[i - 1], ".")) {
        if (contains(kAttributeDanger, x.text) && !(i == 4 && !at && binds_module_object(t)))
          decline("'." + std::string(x.text) + "' in host code (it reaches module globals)", where(x));
        continue;
      }
      if (contains(kPythonDanger, x.text) && !(x.text == "globals" && registers_global(t, i, ctx_.registers_only)))
        decline("'" + std::string(x.text) + "' in host code (it reaches module globals)", where(x));
      // warp.tests.unittest_utils.add_function_test_register_kernel calls the test at import with
      // register_kernels=True: kernels it makes (getkernel: wp.Kernel in another file) join this module
      if (x.text == "add_function_test_register_kernel" && !import && !(i > 0 && is_name(t[i - 1], "def")))
        decline("'add_function_test_register_kernel' in host code (the test it runs at import creates kernels)",
                where(x));
      if (module_objects_.count(x.text) && !(i == 0 && !at && binds_module_object(t)))
        decline("'" + std::string(x.text) +
                    "' in host code (a module from sys.modules: its globals may be rebound through it)",
                where(x));
      if (builtins_.count(x.text) && !import)
        decline("'" + std::string(x.text) + "' in host code (it reaches module globals)", where(x));
      if (importlib_.count(x.text) && !import && !finds_spec_only(t, i))
        decline("'" + std::string(x.text) + "' in host code (importlib imports or reloads modules by name)", where(x));
      const bool attribute_follows = i + 1 < t.size() && is_op(t[i + 1], ".");
      if (warp_root(x.text) && !import) {
        std::vector<std::string_view> chain;
        size_t end = i + 1;
        for (; end + 1 < t.size() && is_op(t[end], ".") && t[end + 1].kind == TokKind::Name; end += 2)
          chain.push_back(t[end + 1].text);
        const bool called = end < t.size() && is_op(t[end], "(");
        for (const std::string& path : warp_paths(x.text)) {
          if (!at && parameter_class_annotation(t, i, end, chain)) break;
          if (std::optional<std::string> why = warp_chain_danger(x.text, path, chain, called)) decline(*why, where(x));
        }
        if (ctx_.warp_modules.count(x.text) && !attribute_follows)
          decline("warp module used as a value in host code", where(x));
      }
      if (ctx_.generic_kernels.count(x.text))
        decline("generic kernel '" + std::string(x.text) + "' named in host code (a launch adds overloads)", where(x));
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
  std::set<std::string, std::less<>> importlib_, builtins_, module_objects_;
  std::vector<HostName>& mutated_;
  std::vector<HostImport>* imports_;
};

// `if __name__ == "__main__"` (either quote style): a header its module never runs when imported.
bool is_main_guard(Toks t) {
  return t.size() == 4 && is_name(t[0], "if") && is_name(t[1], "__name__") && is_op(t[2], "==") &&
         t[3].kind == TokKind::String && (t[3].text == "\"__main__\"" || t[3].text == "'__main__'");
}

using NameSet = std::set<std::string, std::less<>>;

// The identifiers a statement names (not reached through `.`), f-string fields included; a `def` or
// `class` header's own name is a binding, not a mention. With `bases` (a module-level class header),
// the plain names among its bases go there instead: subclassing runs only their __init_subclass__.
// With `registers`, the names bound to functions that only register what they are passed
// (HostContext::registers_only): the bare names of their first and third positional arguments (the
// `cls` and `func` of add_function_test) are not mentions.
void add_mentions(Toks t, Part part, NameSet& out, std::vector<std::string>* bases = nullptr,
                  const std::set<std::string_view, std::less<>>* registers = nullptr) {
  std::vector<size_t> registered;  // token indices that are no mentions
  if (registers) {
    for (auto [start, end] : registered_arguments(t, *registers)) {
      if (end == start + 1 && is_identifier(t[start])) registered.push_back(start);
    }
  }
  int depth = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& x = t[i];
    const int at_depth = depth;
    depth += depth_step(x);
    if (is_fstring(x)) {
      std::vector<std::string_view> exprs;
      fstring_expressions(x, exprs);
      for (std::string_view e : exprs) {
        std::string text(e);
        std::vector<Token> inner;
        try {
          inner = frontend::tokenize(text);
        } catch (const frontend::SyntaxError&) {
          decline("f-string the host code scan cannot read", pos_of(x));
        }
        add_mentions(inner, Part::Simple, out);
      }
    }
    if (!is_identifier(x) || (i > 0 && is_op(t[i - 1], "."))) continue;
    if (part == Part::Header && i > 0 && (is_name(t[i - 1], "def") || is_name(t[i - 1], "class"))) continue;
    if (std::find(registered.begin(), registered.end(), i) != registered.end()) continue;
    // a bare name as a whole annotation is only read: `solver: Solver` runs none of Solver's code
    if (part == Part::Header && whole_annotation(t, i, i + 1)) continue;
    if (bases && at_depth == 1 && (is_op(t[i - 1], "(") || is_op(t[i - 1], ",")) && i + 1 < t.size() &&
        (is_op(t[i + 1], ",") || is_op(t[i + 1], ")"))) {
      bases->emplace_back(x.text);
      continue;
    }
    out.emplace(x.text);
  }
}

// `__all__ = [<names>]` or `(<names>)`, names as plain string literals; nullopt if `t` is not that.
std::optional<std::vector<HostName>> literal_all(Toks t) {
  if (t.size() < 4 || !is_name(t[0], "__all__") || !is_op(t[1], "=")) return std::nullopt;
  const bool list = is_op(t[2], "[") && is_op(t.back(), "]");
  if (!list && !(is_op(t[2], "(") && is_op(t.back(), ")"))) return std::nullopt;
  std::vector<HostName> names;
  Toks items = t.subspan(3, t.size() - 4);
  for (size_t i = 0; i < items.size(); i += 2) {
    const Token& x = items[i];
    std::string_view text = x.text;
    if (x.kind != TokKind::String || text.size() < 3 || (text[0] != '"' && text[0] != '\'') || text.back() != text[0] ||
        text.substr(0, 3) == std::string(3, text[0]))
      return std::nullopt;
    std::string_view name = text.substr(1, text.size() - 2);
    const bool identifier = !(name[0] >= '0' && name[0] <= '9') && std::all_of(name.begin(), name.end(), [](char c) {
      return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (!identifier) return std::nullopt;
    names.push_back({name, pos_of(x)});
    if (i + 1 < items.size() && !is_op(items[i + 1], ",")) return std::nullopt;
  }
  return names;
}

// The name token a `def`, `async def` or `class` header defines, or null for any other statement. A
// header without a name is invalid Python.
const Token* defined_name(Toks t, Part part) {
  if (part != Part::Header) return nullptr;
  const bool async = is_name(t[0], "async") && t.size() > 1 && is_name(t[1], "def");
  if (!async && !is_name(t[0], "def") && !is_name(t[0], "class")) return nullptr;
  const size_t at = async ? 2 : 1;
  if (at >= t.size() || !is_identifier(t[at])) throw frontend::SyntaxError("expected a name", t[0].line, t[0].col);
  return &t[at];
}

// What runs on import: statements outside function bodies, then the bodies of the module-level
// functions and classes that such code names, transitively (a class that runs may call its bases'
// methods through super(); subclassing runs only the base's __init_subclass__).
struct RunningCode {
  struct Statement {
    Toks toks;
    Site site;
    Part part;
    int owner;  // the module-level function or class whose body holds it; -1: none (it runs)
  };
  // Module-level functions and classes: whether what runs on import may call them (a decorator may),
  // and for classes their plain bases and whether they define __init_subclass__.
  struct Owner {
    std::string_view name;
    bool called = false;
    std::vector<std::string> bases;
    bool init_subclass = false;
  };
  std::vector<Statement> statements;
  std::vector<Owner> owners;
  NameSet named, subclassed;  // mentioned by code that runs; plain bases of module-level classes
  const std::set<std::string_view, std::less<>>* registers = nullptr;  // add_mentions' `registers`

  // Records one statement, its mentions where it runs; `owner` as above.
  void add(Toks t, Site site, Part part, int owner, bool class_header) {
    const int belongs = site.in_function ? owner : -1;
    if (belongs < 0) {
      std::vector<std::string>* bases = class_header ? &owners.back().bases : nullptr;
      add_mentions(t, part, named, bases, registers);
      if (bases) subclassed.insert(bases->begin(), bases->end());
    }
    statements.push_back({t, site, part, belongs});
  }
  bool runs(const Statement& s) const { return s.owner < 0 || owners[static_cast<size_t>(s.owner)].called; }
  // Marks the owners that run, to a fixed point.
  void propagate() {
    for (bool grew = true; grew;) {
      grew = false;
      for (Owner& o : owners) {
        if (!o.called && !named.count(o.name) && !(o.init_subclass && subclassed.count(o.name))) continue;
        if (!o.called) o.called = grew = true;
        for (const std::string& b : o.bases) grew |= named.insert(b).second;
      }
      for (const Statement& s : statements) {
        if (s.owner >= 0 && runs(s)) add_mentions(s.toks, s.part, named, nullptr, registers);
      }
    }
  }
};

}  // namespace

HostScan scan_host_code(std::span<const Token> toks) {
  HostScan out;
  for_each_statement(toks, [&](Toks t, Site site, Part part) { scan_statement(t, site.scope, part, out); });
  return out;
}

std::vector<HostName> check_host_code(std::span<const Toks> code, const HostContext& ctx) {
  RunningCode run;
  run.registers = &ctx.registers_only;
  for (Toks toks : code) {
    int owner = -1;
    for_each_statement(toks, [&](Toks t, Site site, Part part) {
      if (site.depth == 0) owner = -1;
      const Token* defined = defined_name(t, part);
      const bool definition = defined != nullptr;
      if (site.depth == 0 && definition) {
        owner = static_cast<int>(run.owners.size());
        std::string_view name = defined->text;
        // a module's own __getattr__ / __dir__ (PEP 562) run when something reads the module
        run.owners.push_back({name, name.starts_with("__") && name.ends_with("__"), {}, false});
      }
      if (definition && owner >= 0 && site.depth == 1 && defined->text == "__init_subclass__")
        run.owners[static_cast<size_t>(owner)].init_subclass = true;
      run.add(t, site, part, owner, site.depth == 0 && definition && is_name(t[0], "class"));
    });
  }
  run.propagate();
  std::vector<HostName> mutated;
  Checker checker(ctx, code, mutated);
  for (const RunningCode::Statement& s : run.statements) {
    if (run.runs(s)) checker.statement(s.toks, s.site.scope, s.part);
  }
  return mutated;
}

ImportedModule scan_imported_module(std::span<const Token> toks) {
  ImportedModule out;
  out.scan = scan_host_code(toks);
  HostContext ctx;
  for (const HostImport& i : out.scan.imports) {
    if (imports_warp_module(i)) ctx.warp_modules.insert(i.bound);
    if (imports_from_warp(i)) {
      ctx.warp_related.insert(i.bound);
      ctx.warp_paths[i.bound].insert(warp_path(i));
    }
  }

  RunningCode run;
  int owner = -1, owner_depth = 0, guard_depth = -1, all_mentions = 0;
  Pos first_all;
  bool pending_func = false, pending_call = false;
  for_each_statement(toks, [&](Toks t, Site site, Part part) {
    if (guard_depth >= 0 && site.depth <= guard_depth) guard_depth = -1;
    if (owner >= 0 && site.depth <= owner_depth) owner = -1;
    for (const Token& x : t) {
      if (is_name(x, "__all__") && all_mentions++ == 0) first_all = pos_of(x);
    }
    const bool top = site.scope == Scope::Module && !site.in_function;
    if (guard_depth >= 0 || (top && part == Part::Header && is_main_guard(t))) {
      if (guard_depth < 0) guard_depth = site.depth;
      return;  // the main guard's block never runs on import
    }
    if (top && part == Part::Decorator) {
      const bool warp = own_warp_decorator(t, ctx).has_value();
      pending_func |= warp && is_name(t[3], "func");
      pending_call |= !warp && !is_stdlib_decorator(t, [](std::string_view root) {
        return is_stdlib_module(root) ? std::string(root) : std::string();
      });
    }
    const Token* defined = defined_name(t, part);
    const bool definition = defined != nullptr;
    if (top && definition) {
      const Token& name = *defined;
      owner = static_cast<int>(run.owners.size());
      owner_depth = site.depth;
      run.owners.push_back({name.text, pending_call, {}, false});
      if (pending_func) out.warp_functions.push_back({name.text, pos_of(name)});
    }
    if (definition && owner >= 0 && site.depth == owner_depth + 1 && defined->text == "__init_subclass__")
      run.owners[static_cast<size_t>(owner)].init_subclass = true;
    if (part != Part::Decorator) pending_func = pending_call = false;
    if (top && site.depth == 0 && part == Part::Simple && is_name(t[0], "__all__")) {
      if (out.all || !(out.all = literal_all(t)))
        decline("'__all__' that is not one literal list of names", pos_of(t[0]));
    }
    run.add(t, site, part, owner, top && definition && is_name(t[0], "class"));
  });
  if (all_mentions > (out.all ? 1 : 0)) decline("'__all__' that is not one literal list of names", first_all);

  run.propagate();
  std::vector<HostName> mutated;
  const Toks module[] = {toks};
  Checker checker(ctx, module, mutated, &out.run_imports);
  for (const RunningCode::Statement& s : run.statements) {
    if (run.runs(s)) checker.statement(s.toks, s.site.scope, s.part);
  }

  // Names bound at module level only by `import warp` (as ...): the warp module itself; only by
  // `import unittest`: that module.
  std::map<std::string_view, std::pair<bool, bool>, std::less<>> only;  // (warp, stdlib)
  for (const HostName& b : out.scan.binds) {
    auto by = [&](auto&& pred) {
      return std::any_of(out.scan.imports.begin(), out.scan.imports.end(), [&](const HostImport& i) {
        return i.bound == b.name && i.pos.line == b.pos.line && i.pos.col == b.pos.col && pred(i);
      });
    };
    const bool warp = by([](const HostImport& i) { return imports_warp_module(i); });
    const bool stdlib =
        by([](const HostImport& i) { return i.name.empty() && i.module == i.bound && is_stdlib_module(i.module); });
    auto [it, fresh] = only.emplace(b.name, std::pair{warp, stdlib});
    it->second = {it->second.first && warp, it->second.second && stdlib};
  }
  for (const auto& [name, by] : only) {
    if (by.first) out.warp_modules.insert(name);
    if (by.second) out.stdlib_modules.insert(name);
  }
  out.warp_related = ctx.warp_related;
  return out;
}

bool is_stdlib_module(std::string_view module) {
  // the modules of kStdlibDecorators' entries (`unittest` of `unittest.skip`)
  return std::any_of(kStdlibDecorators.begin(), kStdlibDecorators.end(), [&](std::string_view d) {
    return d.size() > module.size() && d.starts_with(module) && d[module.size()] == '.';
  });
}

bool may_rebind(std::span<const Token> t, std::string_view name) {
  auto starts_statement = [&](size_t i) {
    return i == 0 || t[i - 1].kind == TokKind::Newline || t[i - 1].kind == TokKind::Indent ||
           t[i - 1].kind == TokKind::Dedent;
  };
  auto assigns = [](const Token& x) {
    return x.kind == TokKind::Op && x.text.ends_with('=') && x.text != "==" && x.text != "<=" && x.text != ">=" &&
           x.text != "!=";
  };
  for (size_t i = 0; i < t.size(); ++i) {
    if (!is_name(t[i], name) || (i > 0 && is_op(t[i - 1], "."))) continue;
    if (i > 0 && is_op(t[i - 1], "@")) continue;  // a decorator
    if (i > 0 && starts_statement(i - 1) && (is_name(t[i - 1], "import") || is_name(t[i - 1], "from"))) continue;
    const bool defines = i > 0 && (is_name(t[i - 1], "def") || is_name(t[i - 1], "class"));
    if (i + 1 < t.size() && is_op(t[i + 1], "(") && !defines) continue;  // a call
    if (i + 1 == t.size() || !is_op(t[i + 1], ".")) return true;         // bare: a target, a parameter, an argument...
    if (i > 0 && is_name(t[i - 1], "del")) return true;
    size_t k = i + 1;
    while (k + 1 < t.size() && is_op(t[k], ".") && t[k + 1].kind == TokKind::Name) k += 2;
    if (k < t.size() && assigns(t[k])) return true;  // `name.attr = ...` replaces what the decorator is
  }
  return false;
}

bool imports_warp_module(const HostImport& i) {
  return i.name.empty() && (i.module == "warp" || (i.module.starts_with("warp.") && !i.aliased));
}

bool imports_from_warp(const HostImport& i) {
  return i.module == "warp" || i.module.starts_with("warp.");
}

std::string warp_path(const HostImport& i) {
  if (imports_warp_module(i)) return "warp";
  return i.name.empty() ? i.module : i.module + "." + std::string(i.name);
}

}  // namespace ws::codegen
