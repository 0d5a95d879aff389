#include "codegen/static_expr.h"

#include <cctype>
#include <map>
#include <string>

#include "codegen/adjoint.h"
#include "codegen/py_eval.h"
#include "frontend/parser.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using frontend::decline;
using frontend::Expr;
using frontend::ExprKind;
using frontend::Pos;
using frontend::Stmt;
using frontend::StmtKind;

bool is_static_call(const ModuleEnv& env, const Expr& e) {
  if (e.kind != ExprKind::Call) return false;
  const Expr& f = *e.items[0];
  if (f.kind != ExprKind::Attribute || f.text != "static" || f.items[0]->kind != ExprKind::Name) return false;
  const Global* g = env.find(f.items[0]->text);
  return g && g->kind == Global::Kind::WarpModule;
}

std::string_view line_text(std::span<const std::string_view> lines, int line) {
  std::string_view l = lines[static_cast<size_t>(line - 1)];
  if (!l.empty() && l.back() == '\n') l.remove_suffix(1);
  return l;
}

// Adjoint.extract_node_source of the argument: the text from the node's start to its end (the end of
// its last token), lines joined without their breaks, stripped. The parser keeps no end positions, so
// the end is found by scanning to the call's closing parenthesis; anything the scan cannot be sure of
// (strings, comments, a second argument, a parenthesized argument whose node starts inside its
// parentheses) is declined.
std::string argument_source(std::span<const std::string_view> lines, const Expr& arg) {
  const Pos at = arg.pos;
  std::string_view first = line_text(lines, at.line);
  // the call's own parenthesis right before the node: the parser places a node that starts with a
  // parenthesized operand (`(N + 1) * 2`) inside that parenthesis, where CPython places it before
  size_t open = at.col < 2 ? std::string_view::npos : first.find_last_not_of(' ', static_cast<size_t>(at.col - 2));
  size_t callee =
      open == std::string_view::npos || open == 0 ? std::string_view::npos : first.find_last_not_of(' ', open - 1);
  if (open == std::string_view::npos || first[open] != '(' || callee == std::string_view::npos ||
      !first.substr(0, callee + 1).ends_with("static"))
    decline("wp.static() argument layout (parentheses or line breaks around it)", at);
  int depth = 0;
  int end_line = at.line;
  size_t end_col = static_cast<size_t>(at.col - 1);
  for (int l = at.line; l <= static_cast<int>(lines.size()); ++l) {
    std::string_view text = line_text(lines, l);
    for (size_t c = l == at.line ? static_cast<size_t>(at.col - 1) : 0; c < text.size(); ++c) {
      const char ch = text[c];
      if (ch == '"' || ch == '\'') {
        // a plain one-line string literal (`D["key"]`): no prefix, no escapes, not triple-quoted
        const size_t close = text.find(ch, c + 1);
        const bool prefixed = c > 0 && (std::isalnum(static_cast<unsigned char>(text[c - 1])) || text[c - 1] == '_');
        if (close == std::string_view::npos || prefixed ||
            text.substr(c, close - c).find('\\') != std::string_view::npos ||
            (close == c + 1 && close + 1 < text.size() && text[close + 1] == ch))
          decline("wp.static() argument with strings other than plain one-line literals", at);
        end_line = l;
        end_col = close + 1;
        c = close;
        continue;
      }
      if (ch == '#' || ch == '\\') decline("wp.static() argument with comments or line continuations", at);
      if (ch == ',' && depth == 0) decline("wp.static() with several arguments", at);
      if (ch == '(' || ch == '[' || ch == '{') ++depth;
      if (ch == ')' || ch == ']' || ch == '}') {
        if (depth == 0) {
          std::string out;
          if (end_line == at.line) {
            out = first.substr(static_cast<size_t>(at.col - 1), end_col - static_cast<size_t>(at.col - 1));
          } else {
            out = first.substr(static_cast<size_t>(at.col - 1));
            for (int m = at.line + 1; m < end_line; ++m) out += line_text(lines, m);
            out += line_text(lines, end_line).substr(0, end_col);
          }
          size_t b = out.find_first_not_of(' ');
          size_t e = out.find_last_not_of(' ');
          return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
        }
        --depth;
      }
      if (ch != ' ') {
        end_line = l;
        end_col = c + 1;
      }
    }
  }
  decline("wp.static() without its closing parenthesis", at);
}

// evaluate_static_expression first replaces each `len(x)` it can evaluate by its value, in the text,
// visiting the calls in ast.walk's breadth-first order but splicing as if that were source order: two
// calls out of source order garble the text it then evaluates (`T[0] * len(T) - len(T)` visits the
// right call first). The replacement is neutral only when the calls come in source order; otherwise,
// and for nested calls, decline.
bool is_len_call(const Expr& e) {
  return e.kind == ExprKind::Call && e.items[0]->kind == ExprKind::Name && e.items[0]->text == "len" &&
         e.items.size() == 2;
}

bool contains_len_call(const Expr& e) {
  if (is_len_call(e)) return true;
  for (const auto& c : e.items) {
    if (contains_len_call(*c)) return true;
  }
  for (const auto& k : e.keywords) {
    if (contains_len_call(*k.value)) return true;
  }
  return false;
}

void check_len_calls(const Expr& arg) {
  std::vector<const Expr*> queue{&arg};
  std::vector<Pos> calls;  // in breadth-first order
  for (size_t next = 0; next < queue.size(); ++next) {
    const Expr& e = *queue[next];
    if (is_len_call(e)) {
      if (contains_len_call(*e.items[1])) decline("wp.static() with nested len() calls", e.pos);
      auto before = [](Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); };
      if (!calls.empty() && !before(calls.back(), e.pos))
        decline("wp.static() with len() calls out of source order (Warp's text substitution reorders them)", e.pos);
      calls.push_back(e.pos);
    }
    for (const auto& c : e.items) queue.push_back(c.get());
    for (const auto& k : e.keywords) queue.push_back(k.value.get());
  }
}

void names_in(const Expr& e, std::vector<const Expr*>& out) {
  if (e.kind == ExprKind::Name) out.push_back(&e);
  for (const auto& c : e.items) names_in(*c, out);
  for (const auto& k : e.keywords) names_in(*k.value, out);
}

// replace_static_expressions' walk: depth first, in the order of the ast fields, counting the targets of
// the enclosing for loops (an argument naming one is evaluated at code generation, per iteration).
struct Walk {
  const ModuleEnv& env;
  FuncInfo& f;
  std::span<const std::string_view> lines;
  std::map<std::string_view, int, std::less<>> loop_vars;

  void expr(const Expr& e) {
    if (!is_static_call(env, e)) {
      for (const auto& c : e.items) expr(*c);
      for (const auto& k : e.keywords) expr(*k.value);
      return;
    }
    if (e.items.size() != 2 || !e.keywords.empty())
      decline("wp.static() with other than one positional argument", e.pos);
    const Expr& arg = *e.items[1];
    std::vector<const Expr*> names;
    names_in(arg, names);
    for (const Expr* n : names) {
      if (loop_vars.count(n->text))
        decline("wp.static() of a loop variable ('" + std::string(n->text) + "': evaluated at code generation)", e.pos);
    }
    StaticExpr s{&e, argument_source(lines, arg), std::nullopt, nullptr};
    if (s.code.find("len") != std::string::npos) check_len_calls(arg);
    std::optional<Global> v;
    if (std::optional<std::string> spliced = splice_parameter_lengths(arg, s.code)) {
      // the spliced text, parsed and evaluated as Python evaluates it; its nodes live only here, so only
      // values that do not point into them are kept
      const std::string source = *spliced + "\n";  // the parsed nodes' text points into it
      frontend::Module m;
      try {
        m = frontend::parse(source);
      } catch (const frontend::SyntaxError&) {
        decline("wp.static() argument whose len() values do not splice into valid code", e.pos);
      }
      if (m.body.size() == 1 && m.body[0]->kind == StmtKind::Expr) v = py_eval(env, *m.body[0]->value);
      if (v && v->kind != Global::Kind::Function && v->kind != Global::Kind::Constant) v.reset();
    } else {
      v = py_eval(env, arg);
    }
    // Warp defers an argument that fails now (a name bound later, a local) to code generation
    if (!v) decline("wp.static() expression the native model does not evaluate", e.pos);
    if (v->kind == Global::Kind::Function) {
      s.func = v->func;
    } else if (v->kind == Global::Kind::Constant && v->value.kind != PyValue::Kind::Vec) {
      s.value = v->value;
    } else {
      decline("wp.static() of a vector, tuple or dict", e.pos);
    }
    f.statics.push_back(std::move(s));
  }

  // evaluate_static_expression's len() substitution: at declaration the function's symbols are its
  // parameters, typed by their annotations, and each `len(p)` whose value type_length can give (a
  // vector's or quaternion's length, a matrix's rows, a transform's 7) is spliced into the argument's
  // text as that number before the text is evaluated. The text with the parameters' lengths spliced
  // in (check_len_calls has made sure the calls are in source order), or nullopt if no call names a
  // parameter of such a type. Only `len(p)` calls on the argument's own line are spliced.
  std::optional<std::string> splice_parameter_lengths(const Expr& arg, const std::string& code) {
    if (code.find("len") == std::string::npos) return std::nullopt;
    std::vector<const Expr*> queue{&arg}, calls;  // ast.walk's breadth-first order
    for (size_t next = 0; next < queue.size(); ++next) {
      const Expr& x = *queue[next];
      if (is_len_call(x) && x.items[1]->kind == ExprKind::Name) calls.push_back(&x);
      for (const auto& c : x.items) queue.push_back(c.get());
      for (const auto& k : x.keywords) queue.push_back(k.value.get());
    }
    std::string out;
    size_t copied = 0;
    for (const Expr* call : calls) {
      const frontend::Param* param = nullptr;
      for (const auto& p : f.def->params) {
        if (p.name == call->items[1]->text) param = &p;
      }
      if (!param) continue;  // a global's length: evaluated with the rest of the text
      if (!param->annotation) decline("len() of an unannotated parameter in wp.static()", call->pos);
      if (env.find("len")) decline("len() in wp.static() with 'len' bound at module level", call->pos);
      const types::Type t = annotation_type(env, *param->annotation);
      const int length = t.is_vector() || t.is_matrix() ? t.rows : t.is_quat() ? 4 : t.is_transform() ? 7 : -1;
      if (length < 0) continue;  // type_length raises: Warp leaves the call as it is
      if (call->pos.line != arg.pos.line || call->pos.col < arg.pos.col)
        decline("len() of a parameter in a wp.static() argument over several lines", call->pos);
      // `len(p)`, spaces allowed around the name
      const size_t start = static_cast<size_t>(call->pos.col - arg.pos.col);
      size_t k = start + 3;
      auto skip = [&]() {
        while (k < code.size() && code[k] == ' ') ++k;
      };
      auto layout = [&]() { decline("len() call layout in wp.static() (parentheses around its argument)", call->pos); };
      if (start < copied || code.compare(start, 3, "len") != 0) layout();
      skip();
      if (k >= code.size() || code[k] != '(') layout();
      ++k;
      skip();
      const std::string_view name = call->items[1]->text;
      if (code.compare(k, name.size(), name) != 0) layout();
      k += name.size();
      skip();
      if (k >= code.size() || code[k] != ')') layout();
      out += code.substr(copied, start - copied) + std::to_string(length);
      copied = k + 1;
    }
    if (copied == 0) return std::nullopt;
    return out + code.substr(copied);
  }

  void stmt(const Stmt& s) {
    if (s.kind == StmtKind::FunctionDef) return;  // nested functions are declined by the backend
    std::string_view loop_var;
    if (s.kind == StmtKind::For && s.target && s.target->kind == ExprKind::Name) {
      loop_var = s.target->text;
      ++loop_vars[loop_var];
    }
    if (s.kind == StmtKind::AnnAssign) {
      expr(*s.target);
      expr(*s.annotation);
      if (s.value) expr(*s.value);
    } else {
      if (s.target) expr(*s.target);
      if (s.value) expr(*s.value);
    }
    for (const auto& b : s.body) stmt(*b);
    for (const auto& b : s.orelse) stmt(*b);
    if (!loop_var.empty() && --loop_vars[loop_var] == 0) loop_vars.erase(loop_var);
  }
};

void decline_static_in(const ModuleEnv& env, const Expr& e) {
  if (is_static_call(env, e)) decline("wp.static() outside a function body", e.pos);
  for (const auto& c : e.items) decline_static_in(env, *c);
  for (const auto& k : e.keywords) decline_static_in(env, *k.value);
}

}  // namespace

void resolve_static_expressions(const ModuleEnv& env, FuncInfo& f, std::span<const std::string_view> lines) {
  const Stmt& def = *f.def;
  for (const auto& p : def.params) {
    if (p.annotation) decline_static_in(env, *p.annotation);
  }
  for (const auto& d : def.decorators) decline_static_in(env, *d);
  if (def.annotation) decline_static_in(env, *def.annotation);
  Walk w{env, f, lines, {}};
  for (const auto& b : def.body) w.stmt(*b);
}

}  // namespace ws::codegen
