#include "codegen/module_env.h"

#include <algorithm>
#include <array>

#include "codegen/structs.h"
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

bool is_warp_alias(const ModuleEnv& env, const Expr& e) {
  if (e.kind != ExprKind::Name) return false;
  const Global* g = env.find(e.text);
  return g && g->kind == Global::Kind::WarpModule;
}

// `<literal>`, `-<literal>` or `wp.constant(<those>)`; anything else is declined.
PyValue constant_value(const ModuleEnv& env, const Expr& e) {
  const Expr* v = &e;
  if (v->kind == ExprKind::Call && v->items.size() == 2 && v->keywords.empty() &&
      v->items[0]->kind == ExprKind::Attribute && v->items[0]->text == "constant" &&
      is_warp_alias(env, *v->items[0]->items[0])) {
    v = v->items[1].get();
  }
  // wp.vecN(...) / wp.vecNf(...) of numeric literals: a float32 vector value
  if (v->kind == ExprKind::Call && v->keywords.empty() && v->items[0]->kind == ExprKind::Attribute &&
      is_warp_alias(env, *v->items[0]->items[0])) {
    auto t = types::lookup_type_name(v->items[0]->text, false);
    if (!t || !t->is_vector() || t->rows > 4 || t->scalar != types::Scalar::Float32 || v->items.size() != t->rows + 1u)
      decline("module-level value other than a numeric literal or float32 vector", e.pos);
    PyValue out;
    out.kind = PyValue::Kind::FloatVec;
    out.len = t->rows;
    for (size_t k = 1; k < v->items.size(); ++k) {
      PyValue c = constant_value(env, *v->items[k]);
      if (c.kind == PyValue::Kind::Bool || c.kind == PyValue::Kind::FloatVec)
        decline("vector element other than a number", v->items[k]->pos);
      out.vec[k - 1] = c.kind == PyValue::Kind::Float ? static_cast<float>(c.f) : static_cast<float>(c.i);
    }
    return out;
  }
  bool negate = false;
  if (v->kind == ExprKind::UnaryOp && v->text == "-") {
    negate = true;
    v = v->items[0].get();
  }
  PyValue out;
  switch (v->kind) {
    case ExprKind::Int:
      out.kind = PyValue::Kind::Int;
      out.i = negate ? -v->int_value : v->int_value;
      return out;
    case ExprKind::Float:
      out.kind = PyValue::Kind::Float;
      out.f = negate ? -v->float_value : v->float_value;
      return out;
    case ExprKind::Bool:
      if (negate) break;
      out.kind = PyValue::Kind::Bool;
      out.i = v->int_value;
      return out;
    default:
      break;
  }
  decline("module-level value other than a numeric literal or wp.constant(literal)", e.pos);
}

// `__name__ == "__main__"` (either quote style)
bool is_main_guard(const Expr& test) {
  if (test.kind != ExprKind::Compare || test.ops.size() != 1 || test.ops[0] != "==") return false;
  const Expr& l = *test.items[0];
  const Expr& r = *test.items[1];
  return l.kind == ExprKind::Name && l.text == "__name__" && r.kind == ExprKind::Str &&
         (r.text == "\"__main__\"" || r.text == "'__main__'");
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

ModuleEnv build_module_env(const frontend::Module& m, std::string_view src, std::string_view path) {
  ModuleEnv env;
  env.path = path;
  for (size_t i = 0; i < src.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(src[i]);
    if (c >= 0x80 || (c < 0x20 && c != '\n')) {
      int line = 1 + static_cast<int>(std::count(src.begin(), src.begin() + static_cast<long>(i), '\n'));
      decline("non-ASCII, tab or control character in source", {line, 1});
    }
  }
  if (size_t at = src.find("_wp_continue_"); at != std::string_view::npos) {
    int line = 1 + static_cast<int>(std::count(src.begin(), src.begin() + static_cast<long>(at), '\n'));
    decline("name reserved by Warp's loop lowering", {line, 1});
  }
  auto bind = [&](std::string_view name, Global g, frontend::Pos p) {
    if (!env.globals.emplace(std::string(name), g).second) decline("module-level name bound twice", p);
  };
  for (const auto& sp : m.body) {
    const Stmt& s = *sp;
    switch (s.kind) {
      case StmtKind::Import: {
        if (s.import_from) decline("from-import", s.pos);
        for (size_t i = 0; i < s.import_names.size(); i += 2) {
          std::string_view module = s.import_names[i];
          std::string_view alias = s.import_names[i + 1];
          if (alias.empty() && module.find('.') != std::string_view::npos) decline("dotted import", s.pos);
          Global g{module == "warp" ? Global::Kind::WarpModule : Global::Kind::OtherModule, {}, nullptr};
          bind(alias.empty() ? module : alias, g, s.pos);
        }
        break;
      }
      case StmtKind::Assign: {
        if (s.target->kind != ExprKind::Name) decline("module-level assignment target", s.pos);
        bind(s.target->text, Global{Global::Kind::Constant, constant_value(env, *s.value), nullptr}, s.pos);
        break;
      }
      case StmtKind::FunctionDef: {
        if (s.decorators.empty()) {  // a plain Python helper: bound, but opaque to kernels
          bind(s.name, Global{Global::Kind::OtherModule, {}, nullptr}, s.pos);
          break;
        }
        if (s.decorators.size() != 1) decline("function with several decorators", s.pos);
        const Expr* d = s.decorators[0].get();
        std::optional<bool> enable_backward;
        if (d->kind == ExprKind::Call && d->items.size() == 1 && d->items[0]->kind == ExprKind::Attribute &&
            d->items[0]->text == "kernel") {
          // @wp.kernel(enable_backward=<bool>) is the only decorator option modelled
          if (d->keywords.size() != 1 || d->keywords[0].name != "enable_backward" ||
              d->keywords[0].value->kind != ExprKind::Bool)
            decline("kernel decorator options", d->pos);
          enable_backward = d->keywords[0].value->int_value != 0;
          d = d->items[0].get();
        }
        bool ok = d->kind == ExprKind::Attribute && is_warp_alias(env, *d->items[0]) &&
                  (d->text == "kernel" || d->text == "func");
        if (!ok) decline("decorator other than @wp.kernel / @wp.func", d->pos);
        auto f = std::make_unique<FuncInfo>();
        f->def = &s;
        f->is_kernel = d->text == "kernel";
        f->enable_backward = enable_backward;
        f->key = std::string(s.name);
        f->fun_lineno = s.decorators[0]->pos.line;
        if (!f->is_kernel) f->native = f->key + "_" + std::to_string(fresh_function_count(f->key));
        bind(s.name, Global{f->is_kernel ? Global::Kind::Kernel : Global::Kind::Function, {}, f.get()}, s.pos);
        env.functions.push_back(std::move(f));
        break;
      }
      case StmtKind::ClassDef: {
        env.structs.push_back(define_struct(env, s));
        bind(s.name, Global{Global::Kind::Struct, {}, nullptr, env.structs.back().get()}, s.pos);
        break;
      }
      case StmtKind::Expr:
        if (s.value->kind == ExprKind::Str) break;  // module docstring
        decline("module-level expression", s.pos);
      case StmtKind::If:
        // The reference worker execs the file as a named module, so a main guard never runs.
        if (is_main_guard(*s.value) && s.orelse.empty()) break;
        decline("module-level statement", s.pos);
      default:
        decline("module-level statement", s.pos);
    }
  }
  auto lines = split_lines(src);
  for (auto& f : env.functions) extract_source(*f, lines);
  return env;
}

}  // namespace ws::codegen
