#include "codegen/module_env.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <span>

#include "codegen/adjoint.h"
#include "codegen/host_code.h"
#include "codegen/kernel_options.h"
#include "codegen/kernel_overloads.h"
#include "codegen/py_eval.h"
#include "codegen/star_import.h"
#include "codegen/static_expr.h"
#include "codegen/structs.h"
#include "codegen/type_alias.h"
#include "frontend/unsupported.h"
#include "types/type.h"

namespace ws::codegen {
namespace {

using frontend::decline;

using frontend::Expr;
using frontend::ExprKind;
using frontend::Stmt;
using frontend::StmtKind;
using frontend::Unsupported;

// warp/_src/context.py numbers @wp.func C++ names per key with a process-wide counter
// (generate_unique_function_identifier). A fresh interpreter has already created Warp's own functions
// (Warp 1.19.0, after `import warp; wp.init()`), so a user function with one of these keys continues
// that count: `norm_l2` becomes `norm_l2_1`, `transform_compose` becomes `transform_compose_3`. The
// reference workers restore exactly this state before each request.
struct WarpFunctionCount {
  std::string_view key;
  int count;
};
constexpr std::array<WarpFunctionCount, 19> kWarpFunctionCounts = {{
    {"quat_between_vectors", 1},
    {"norm_l1", 1},
    {"norm_l2", 1},
    {"norm_huber", 1},
    {"norm_pseudo_huber", 1},
    {"smooth_normalize", 1},
    {"velocity_at_point", 1},
    {"quat_twist", 1},
    {"quat_twist_angle", 1},
    {"quat_twist_angle_signed", 1},
    {"quat_to_rpy", 1},
    {"quat_to_euler", 1},
    {"quat_from_euler", 1},
    {"transform_twist", 1},
    {"transform_wrench", 1},
    {"transform_from_matrix", 3},
    {"transform_to_matrix", 3},
    {"transform_compose", 3},
    {"transform_decompose", 3},
}};

int fresh_function_count(std::string_view key) {
  for (const auto& [k, n] : kWarpFunctionCounts) {
    if (k == key) return n;
  }
  return 0;
}

// get_signature of a @wp.func's parameter types: their get_type_code joined by "_" ("f4_v3f4").
std::string function_signature(const ModuleEnv& env, const FuncInfo& f) {
  std::string sig;
  for (const auto& p : f.def->params) {
    if (!p.annotation) decline("parameter without annotation", p.pos);
    // a generic one would go to Function.user_templates, whose instances join user_overloads
    if (generic_type_code(env, *p.annotation)) decline("overloads of a generic @wp.func", p.annotation->pos);
    if (&p != &f.def->params.front()) sig += '_';
    sig += annotation_type(env, *p.annotation).type_code();
  }
  return sig;
}

// Module.register_function for a @wp.func `f` defined while its name is bound to the @wp.func `bound`:
// with bound's own signature, f replaces it (f takes a copy of its overloads, f in the place of that
// signature's); with another, f joins bound's overloads (Function.add_overload: in the place of its
// signature's, else last). Returns whether the name now binds f (the decorator returns
// Module.functions[key]).
bool register_overload(const ModuleEnv& env, FuncInfo& bound, FuncInfo& f) {
  f.signature = function_signature(env, f);
  for (FuncInfo* o : bound.user_overloads)  // the first definition's, once a second one is made
    if (o->signature.empty()) o->signature = function_signature(env, *o);
  auto add = [&](std::vector<FuncInfo*>& overloads) {
    for (FuncInfo*& o : overloads) {
      if (o->signature == f.signature) {
        o = &f;
        return;
      }
    }
    overloads.push_back(&f);
  };
  if (f.signature == bound.signature) {
    f.user_overloads = bound.user_overloads;
    add(f.user_overloads);
    return true;
  }
  add(bound.user_overloads);
  return false;
}

bool has_non_ascii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
}

int line_of(std::string_view src, size_t at) {
  return 1 + static_cast<int>(std::count(src.begin(), src.begin() + static_cast<long>(at), '\n'));
}

// Length of the UTF-8 sequence at `i`, 0 if it is invalid (overlong, surrogate, beyond U+10FFFF).
size_t utf8_length(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
  if (c > 0xf4 || n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 0;
  }
  auto c1 = static_cast<unsigned char>(s[i + 1]);
  if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 >= 0xa0) || (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 >= 0x90))
    return 0;
  return n;
}

// Characters whose handling the backend does not reproduce: tabs and control characters anywhere,
// invalid UTF-8, the Unicode line breaks that str.splitlines() (and so linecache, which Warp reads
// function sources from) splits at but the compiler does not, and non-ASCII identifiers (Python
// NFKC-normalizes them). Non-ASCII text elsewhere is host code's business; see also
// check_function_source. Returns whether the source has any non-ASCII byte: generated kernels never
// do, and then the identifier and function-source checks have nothing to find.
bool check_characters(const frontend::Module& m, std::string_view src) {
  bool non_ascii = false;
  for (size_t i = 0; i < src.size();) {
    auto c = static_cast<unsigned char>(src[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\n') decline("tab or control character in source", {line_of(src, i), 1});
      ++i;
      continue;
    }
    non_ascii = true;
    size_t n = utf8_length(src, i);
    if (n == 0) decline("invalid UTF-8 in source", {line_of(src, i), 1});
    std::string_view ch = src.substr(i, n);
    if (ch == "\xc2\x85" || ch == "\xe2\x80\xa8" || ch == "\xe2\x80\xa9")
      decline("Unicode line break in source", {line_of(src, i), 1});
    i += n;
  }
  if (!non_ascii) return false;
  for (const frontend::Token& t : m.tokens) {
    if (t.kind == frontend::TokKind::Name && has_non_ascii(t.text)) decline("non-ASCII identifier", {t.line, t.col});
  }
  return true;
}

// Whether `ch` (one UTF-8 character) is whitespace that Python's str.strip() removes and ASCII is not.
bool is_unicode_space(std::string_view ch) {
  static constexpr std::string_view kSpaces[] = {"\xc2\xa0", "\xe1\x9a\x80", "\xe2\x80\xaf", "\xe2\x81\x9f",
                                                 "\xe3\x80\x80"};
  if (std::find(std::begin(kSpaces), std::end(kSpaces), ch) != std::end(kSpaces)) return true;
  // U+2000..U+200A (U+0085, U+2028 and U+2029 are line breaks: check_characters declines them)
  return ch.size() == 3 && ch[0] == '\xe2' && ch[1] == '\x80' && static_cast<unsigned char>(ch[2]) <= 0x8a;
}

// A kernel's or function's own source reaches the output in its `// source` comments (set_lineno pads
// them by characters, which the Adjoint counts, after str.strip()) and, through node columns, wp.static():
// Warp's extract_node_source_from_lines slices a line's characters by col_offset, a byte offset, so a
// wp.static() in a function with non-ASCII text reads a shifted slice of its source.
void check_function_source(const FuncInfo& f) {
  int first_non_ascii = 0;
  bool uses_static = false;
  for (size_t i = 0; i < f.source_lines.size(); ++i) {
    std::string_view line = f.source_lines[i];
    const int lineno = f.fun_lineno + static_cast<int>(i);
    uses_static = uses_static || line.find("static") != std::string_view::npos;
    if (!has_non_ascii(line)) continue;
    if (first_non_ascii == 0) first_non_ascii = lineno;
    for (size_t k = 0; k < line.size();) {
      const size_t n = std::max<size_t>(1, utf8_length(line, k));
      if (is_unicode_space(line.substr(k, n))) decline("non-ASCII whitespace in a function's source", {lineno, 1});
      k += n;
    }
  }
  if (first_non_ascii != 0 && uses_static)
    decline("non-ASCII character in a function that may use wp.static()", {first_non_ascii, 1});
}

// Where an opaque name is bound: by host code, or by a star import of `star_module`.
struct OpaqueBinding {
  frontend::Pos pos;
  std::string_view star_module;  // empty: host code
  std::string reason = {};       // why a type it binds is not modelled (type_alias.h), if that is why
};
using OpaqueNames = std::map<std::string_view, OpaqueBinding, std::less<>>;

// The first (in source order) name in `e` that host code may bind.
void find_opaque(const Expr& e, const OpaqueNames& opaque, const Expr*& first) {
  auto before = [](frontend::Pos a, frontend::Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); };
  if (e.kind == ExprKind::Name && opaque.count(e.text) && (!first || before(e.pos, first->pos))) first = &e;
  for (const auto& c : e.items) find_opaque(*c, opaque, first);
  for (const auto& k : e.keywords) find_opaque(*k.value, opaque, first);
}

void find_opaque(const Stmt& s, const OpaqueNames& opaque, const Expr*& first) {
  for (const auto& d : s.decorators) find_opaque(*d, opaque, first);
  for (const auto& p : s.params) {
    if (p.annotation) find_opaque(*p.annotation, opaque, first);
  }
  for (const Expr* e : {s.target.get(), s.value.get(), s.annotation.get()}) {
    if (e) find_opaque(*e, opaque, first);
  }
  for (const auto& b : s.body) find_opaque(*b, opaque, first);
  for (const auto& b : s.orelse) find_opaque(*b, opaque, first);
}

// Kernels, functions and structs naming an opaque global are declined at the first such name: Warp
// resolves it (for the code and for the hash) to a value the native backend does not know.
void check_opaque_references(const Stmt& def, const OpaqueNames& opaque) {
  if (opaque.empty()) return;  // no host code binds anything (every generated module): nothing to find
  const Expr* first = nullptr;
  find_opaque(def, opaque, first);
  if (first) {
    const OpaqueBinding& b = opaque.at(first->text);
    const std::string by = b.star_module.empty() ? "host code" : "star import of " + std::string(b.star_module);
    decline("'" + std::string(first->text) + "' is bound by " + by + " (line " + std::to_string(b.pos.line) + ")" +
                (b.reason.empty() ? "" : ": " + b.reason),
            first->pos);
  }
}

std::vector<std::string_view> split_lines(std::string_view src) {
  std::vector<std::string_view> lines;  // each with its trailing '\n' (linecache.getlines)
  size_t start = 0;
  while (start < src.size()) {
    size_t nl = src.find('\n', start);
    size_t end = nl == std::string_view::npos ? src.size() : nl + 1;
    lines.push_back(src.substr(start, end - start));
    start = end;
  }
  return lines;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \n") == std::string_view::npos;
}

// Reproduces Adjoint.extract_function_source's fast path for a top-level function: the lines from the
// first decorator up to the next non-blank line at column 0, trailing blank lines dropped, then
// textwrap.dedent (which, with no common margin, only empties whitespace-only lines).
void extract_source(FuncInfo& f, const std::vector<std::string_view>& lines) {
  const Stmt& def = *f.def;
  size_t first = static_cast<size_t>(f.fun_lineno - 1);
  // A column-0 line ends Warp's scan for the end of the function, but the scan starts at the last line
  // with bytecode: column-0 lines before the last statement (comments, a signature's closing `):`) are
  // harmless; anything later could cut it short.
  int last_stmt_line = def.body.back()->pos.line;
  for (int l = def.pos.line + 1; l <= def.end_line; ++l) {
    std::string_view line = lines[static_cast<size_t>(l - 1)];
    if (is_blank(line) || line[0] == ' ' || l < last_stmt_line) continue;
    decline("function body line at column 0", {l, 1});
  }
  size_t end = static_cast<size_t>(def.end_line);
  while (end < lines.size() && (is_blank(lines[end]) || lines[end][0] == ' ')) ++end;
  while (end > static_cast<size_t>(def.end_line) && is_blank(lines[end - 1])) --end;
  f.source.clear();
  for (size_t i = first; i < end; ++i) {
    std::string_view line = lines[i];
    if (is_blank(line)) {
      if (line.back() == '\n') f.source += '\n';
    } else {
      f.source += line;
    }
  }
  std::string_view s = f.source;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    f.source_lines.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
}

}  // namespace

bool is_warp_alias(const ModuleEnv& env, const Expr& e) {
  if (e.kind != ExprKind::Name) return false;
  const Global* g = env.find(e.text);
  return g && g->kind == Global::Kind::WarpModule;
}

ModuleEnv build_module_env(const frontend::Module& m, std::string_view src, std::string_view path,
                           const ImportSearch* imports) {
  ModuleEnv env;
  env.path = path;
  const bool non_ascii = check_characters(m, src);
  const auto lines = split_lines(src);
  if (size_t at = src.find("_wp_continue_"); at != std::string_view::npos)
    decline("name reserved by Warp's loop lowering", {line_of(src, at), 1});

  // Names host code may bind stay opaque whatever is bound to them before or after.
  OpaqueNames opaque;
  auto make_opaque = [&](std::string_view name, frontend::Pos p, std::string_view star_module = {},
                         std::string reason = {}) {
    opaque.emplace(name, OpaqueBinding{p, star_module, std::move(reason)});
    env.globals[std::string(name)] = Global{Global::Kind::Opaque, {}, nullptr};
  };
  // The last binding wins (Warp resolves globals after the whole file ran), except that a registered
  // kernel, function or struct is never rebound.
  auto bind = [&](std::string_view name, Global g, frontend::Pos p) {
    if (opaque.count(name)) return;
    auto [it, fresh] = env.globals.emplace(std::string(name), g);
    if (fresh) return;
    auto registered = [](const Global& x) {
      return x.kind == Global::Kind::Function || x.kind == Global::Kind::Kernel || x.kind == Global::Kind::Struct;
    };
    if (registered(it->second) || registered(g)) decline("module-level name bound twice", p);
    if (it->second.kind == Global::Kind::TypeAlias)
      return make_opaque(name, p, {}, "a type alias bound more than once");
    it->second = g;
  };
  HostContext ctx;
  // For HostContext::stdlib_names: how often each name is bound at module level other than to a
  // standard-library module or name, and what those it is bound to (`unittest` by `import unittest`
  // and by a star import whose module did the same). A decorator's name is known only where it names
  // one thing and nothing else binds it.
  std::map<std::string_view, int, std::less<>> bindings;
  std::map<std::string_view, std::set<std::string>, std::less<>> stdlib_targets;
  // `from M import *` binds M's names where it runs: the warp module itself stays one, any other name
  // is opaque (star_import.h). The names of `stars` are what `opaque` views.
  std::list<StarImport> stars;
  // warp.tests.unittest_utils star-imported, or its add_function_test imported by name at module level
  bool test_utilities = false;
  auto star_import = [&](const HostImport& i) {
    const StarImport& star = stars.emplace_back(resolve_star_import(i.module, i.pos, imports));
    test_utilities |= star.module == "warp.tests.unittest_utils";
    for (const std::string& n : star.names) {
      if (star.stdlib_modules.count(n))
        stdlib_targets[n].insert(n);
      else
        ++bindings[n];
      if (star.warp_modules.count(n)) {
        bind(n, Global{Global::Kind::WarpModule, {}, nullptr}, i.pos);
        ctx.warp_modules.insert(n);
      } else {
        make_opaque(n, i.pos, star.module);
      }
      if (star.warp_modules.count(n) || star.warp_related.count(n)) {
        ctx.warp_related.insert(n);
        // what the star-imported module bound it to is not known: taken as warp's own attribute
        ctx.warp_paths[n].insert(star.warp_modules.count(n) ? std::string("warp") : "warp." + n);
      }
    }
  };
  std::vector<std::span<const frontend::Token>> host;  // checked once every warp-related name is known
  auto tokens = [&](const Stmt& s) {
    return std::span<const frontend::Token>(m.tokens).subspan(s.tok_begin, s.tok_end - s.tok_begin);
  };
  auto add_host = [&](const Stmt& s) {
    // wp.overload(kernel, types) at module level: recorded on the kernel, its targets opaque
    if (std::optional<std::vector<HostName>> binds = kernel_overload_statement(env, tokens(s), src)) {
      for (const HostName& n : *binds) {
        ++bindings[n.name];
        make_opaque(n.name, n.pos);
      }
      return;
    }
    HostScan scan = scan_host_code(tokens(s));
    for (const HostImport& i : scan.imports) {
      if (i.name == "*") {
        star_import(i);
        continue;
      }
      if (imports_warp_module(i)) ctx.warp_modules.insert(i.bound);
      if (imports_from_warp(i)) {
        ctx.warp_related.insert(i.bound);
        ctx.warp_paths[i.bound].insert(warp_path(i));
      }
    }
    for (const HostName& n : scan.binds) {
      ++bindings[n.name];
      // `import warp.render` in a `try` rebinds `warp` to the module it already is (this binding is that
      // import's own: same name, same position)
      bool same_module = std::any_of(scan.imports.begin(), scan.imports.end(), [&](const HostImport& i) {
        return i.bound == n.name && i.pos.line == n.pos.line && i.pos.col == n.pos.col && imports_warp_module(i);
      });
      const Global* g = env.find(n.name);
      if (!(same_module && g && g->kind == Global::Kind::WarpModule)) make_opaque(n.name, n.pos);
    }
    host.push_back(tokens(s));
  };

  ModuleOptions module_options;
  for (const auto& sp : m.body) {
    const Stmt& s = *sp;
    switch (s.kind) {
      case StmtKind::Import: {
        HostScan scan = scan_host_code(tokens(s));
        for (const HostImport& i : scan.imports) {
          // Warp evaluates stringized annotations when it decorates (inspect.get_annotations with
          // eval_str), which is when Python would have evaluated them anyway
          if (i.module == "__future__" && i.name != "annotations") decline("__future__ import", i.pos);
          if (!i.name.empty()) continue;  // from-imports: opaque (typing.Any excepted), below
          Global g{imports_warp_module(i) ? Global::Kind::WarpModule : Global::Kind::OtherModule, {}, nullptr};
          // `import a.b` binds `a`; `import a.b as c` binds c to a.b
          if (g.kind == Global::Kind::OtherModule)
            g.module = i.aliased ? i.module : i.module.substr(0, i.module.find('.'));
          bind(i.bound, g, i.pos);
        }
        for (const HostImport& i : scan.imports) {
          if (i.name == "*") {
            star_import(i);
            continue;
          }
          if (is_stdlib_module(i.module)) {
            // `import unittest` binds unittest, `import a.b` binds a (no standard-library module here has
            // a dot), `from functools import wraps` binds functools.wraps
            stdlib_targets[i.bound].insert(i.name.empty() ? i.module : i.module + "." + std::string(i.name));
          } else {
            ++bindings[i.bound];
          }
          // the same add_function_test as the star import binds
          test_utilities |= i.module == "warp.tests.unittest_utils" && i.name == "add_function_test" && !i.aliased;
          if (i.module == "typing" && i.name == "Any") {
            bind(i.bound, Global{Global::Kind::TypingAny, {}, nullptr}, i.pos);
          } else if (i.module == "typing" && i.name == "Literal") {
            bind(i.bound, Global{Global::Kind::TypingLiteral, {}, nullptr}, i.pos);
          } else if (!i.name.empty()) {
            make_opaque(i.bound, i.pos);
          }
          if (imports_warp_module(i)) ctx.warp_modules.insert(i.bound);
          if (imports_from_warp(i)) {
            ctx.warp_related.insert(i.bound);
            ctx.warp_paths[i.bound].insert(warp_path(i));
          }
        }
        host.push_back(tokens(s));  // for the checks on what is imported
        break;
      }
      case StmtKind::Assign: {
        if (module_options.statement(env, s)) break;  // wp.config.enable_backward = ...
        // a composite type (`V = wp.vec3`, `vec6f = wp.types.vector(6, float)`), bound once: annotations
        // see the binding of their definition's time, kernels the last one
        if (s.target->kind == ExprKind::Name) {
          TypeExpr t = type_expression(env, *s.value);
          if (auto* reason = std::get_if<std::string>(&t)) {
            make_opaque(s.target->text, s.target->pos, {}, *reason);
            add_host(s);
            break;
          }
          if (auto* type = std::get_if<TypeValue>(&t)) {
            ++bindings[s.target->text];
            if (env.find(s.target->text)) {
              make_opaque(s.target->text, s.pos, {}, "a type alias bound more than once");
              break;
            }
            Global g{Global::Kind::TypeAlias};
            g.type = type->type;
            g.type_id = type->id;
            g.line = s.pos.line;
            bind(s.target->text, std::move(g), s.pos);
            break;
          }
        }
        // a constant or a tuple of them; another name for a function is host code (opaque)
        std::optional<Global> v;
        if (s.target->kind == ExprKind::Name) v = module_value(env, *s.value);
        if (!v || v->kind == Global::Kind::Function) {
          add_host(s);
          break;
        }
        ++bindings[s.target->text];
        bind(s.target->text, *v, s.pos);
        break;
      }
      case StmtKind::FunctionDef: {
        check_opaque_references(s, opaque);  // early, for a reason that names the host code
        if (s.decorators.size() != 1) decline("function with several decorators", s.pos);
        const Expr* d = s.decorators[0].get();
        KernelOptions options;
        if (d->kind == ExprKind::Call && !d->items.empty() && d->items[0]->kind == ExprKind::Attribute &&
            d->items[0]->text == "kernel") {
          options = kernel_options(env, *d);
          d = d->items[0].get();
        }
        bool ok = d->kind == ExprKind::Attribute && is_warp_alias(env, *d->items[0]) &&
                  (d->text == "kernel" || d->text == "func");
        if (!ok) decline("decorator other than @wp.kernel / @wp.func", d->pos);
        if (d->text == "kernel") {
          for (const auto& p : s.params) {
            if (p.default_value) decline("kernel parameter default value", p.default_value->pos);
          }
        }
        auto f = std::make_unique<FuncInfo>();
        f->def = &s;
        f->is_kernel = d->text == "kernel";
        if (!options.other_module) module_options.create();
        f->kernel_options = std::move(options);
        f->key = std::string(s.name);
        f->fun_lineno = s.decorators[0]->pos.line;
        if (!f->is_kernel) {
          // generate_unique_function_identifier: one number per Function created with this key
          const auto earlier = std::count_if(env.functions.begin(), env.functions.end(),
                                             [&](const auto& g) { return !g->is_kernel && g->key == f->key; });
          f->native = f->key + "_" + std::to_string(fresh_function_count(f->key) + earlier);
          f->user_overloads = {f.get()};
        }
        resolve_static_expressions(env, *f, lines);  // as the decorator runs: before its own name is bound
        ++bindings[s.name];
        auto bound = env.globals.find(s.name);
        if (!f->is_kernel && !opaque.count(s.name) && bound != env.globals.end() &&
            bound->second.kind == Global::Kind::Function) {
          if (register_overload(env, *bound->second.func, *f)) bound->second.func = f.get();
        } else {
          bind(s.name, Global{f->is_kernel ? Global::Kind::Kernel : Global::Kind::Function, {}, f.get()}, s.pos);
        }
        env.functions.push_back(std::move(f));
        break;
      }
      case StmtKind::ClassDef: {
        check_opaque_references(s, opaque);
        ++bindings[s.name];
        module_options.create();
        env.structs.push_back(define_struct(env, s));
        bind(s.name, Global{Global::Kind::Struct, {}, nullptr, env.structs.back().get()}, s.pos);
        break;
      }
      default:  // expressions (docstrings too: an f-string's fields run), other statements
        if (!module_options.statement(env, s)) add_host(s);  // unless wp.set_module_options({...})
        break;
    }
  }

  env.enable_backward = module_options.enable_backward();
  env.default_grid_stride = module_options.default_grid_stride();
  env.max_unroll = module_options.max_unroll();
  env.mathdx = module_options.mathdx();

  // Warp numbers @wp.func C++ names per key in the order functions are created, and Warp's own modules
  // stay imported between the reference's files: a key a star-imported module also defines is declined.
  for (const StarImport& star : stars) {
    for (const auto& f : env.functions) {
      if (!f->is_kernel && star.function_keys.count(f->key))
        decline("@wp.func '" + f->key + "' shares its key with one that star import of " + star.module +
                    " defines (Warp numbers them in creation order)",
                f->def->pos);
    }
  }
  for (const auto& f : env.functions) {
    ctx.registered.insert(f->def->name);
    if (f->is_kernel && is_generic_kernel(env, *f)) ctx.generic_kernels.insert(f->def->name);
  }
  for (const auto& st : env.structs) ctx.registered.insert(st->key);
  for (const auto& [name, g] : env.globals) {
    if ((g.kind == Global::Kind::Constant && (g.value.kind == PyValue::Kind::Vec || g.value.warp_scalar)) ||
        g.kind == Global::Kind::Dict)
      ctx.mutable_constants.insert(name);
  }
  // module-level imports bind each name to one thing; nothing else in the file, at any depth, may rebind it
  for (const auto& entry : stdlib_targets) {
    const std::string_view name = entry.first;
    const bool rebound = bindings[name] != 0 || std::any_of(host.begin(), host.end(), [&](auto toks) {
                           return !(toks[0].text == "import" || toks[0].text == "from") && may_rebind(toks, name);
                         });
    if (entry.second.size() == 1 && !rebound) ctx.stdlib_names.emplace(name, *entry.second.begin());
  }
  // bound once, by that import, and never rebound (add_function_test stores its function)
  if (test_utilities && bindings["add_function_test"] == 1 && std::none_of(host.begin(), host.end(), [](auto toks) {
        return !(toks[0].text == "import" || toks[0].text == "from") && may_rebind(toks, "add_function_test");
      }))
    ctx.registers_only.insert("add_function_test");
  const std::vector<HostName> mutated = check_host_code(host, ctx);
  for (const HostName& n : mutated) make_opaque(n.name, n.pos);
  // the main guard was skipped because `__name__` is the module's name
  if (auto it = opaque.find("__name__"); it != opaque.end()) decline("host code binding __name__", it->second.pos);
  for (const auto& s : m.body) {
    if (s->kind == StmtKind::FunctionDef || s->kind == StmtKind::ClassDef) check_opaque_references(*s, opaque);
  }

  for (auto& f : env.functions) {
    extract_source(*f, lines);
    if (non_ascii) check_function_source(*f);
  }
  return env;
}

}  // namespace ws::codegen
