#include "frontend/parser.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>

#include "core/word_set.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::frontend {
namespace {

// Python's keywords (keyword.kwlist; a test checks it).
constexpr WordSet kKeywords(std::array<std::string_view, 35>{
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"});

}  // namespace

bool is_keyword(std::string_view s) {
  return kKeywords.contains(s);
}

bool is_augmented_assign(std::string_view op) {
  static constexpr std::string_view kAugOps[] = {
      "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "@="};
  return std::find(std::begin(kAugOps), std::end(kAugOps), op) != std::end(kAugOps);
}

namespace {

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : toks_(std::move(tokens)) {}

  Module module() {
    Module m;
    while (!at(TokKind::EndMarker)) {
      if (accept(TokKind::Newline)) continue;
      if (at_main_guard()) {  // never executed by Warp's reference (the module is not __main__)
        skip_line();
        continue;
      }
      size_t begin = i_;
      StmtPtr s = module_statement();
      s->tok_begin = begin;
      s->tok_end = i_;
      m.body.push_back(std::move(s));
    }
    m.tokens = std::move(toks_);
    m.exprs = std::move(exprs_);  // the nodes stay where they are: every NodeRef stays valid
    m.stmts = std::move(stmts_);
    return m;
  }

 private:
  const Token& cur() const { return toks_[i_]; }
  const Token& peek(size_t k = 1) const { return toks_[std::min(i_ + k, toks_.size() - 1)]; }
  bool at(TokKind k) const { return cur().kind == k; }
  bool at_op(std::string_view op) const { return cur().kind == TokKind::Op && same_text(cur().text, op); }
  bool at_kw(std::string_view kw) const { return cur().kind == TokKind::Name && same_text(cur().text, kw); }
  Pos pos() const { return {cur().line, cur().col}; }

  const Token& next() {
    const Token& t = toks_[i_];
    if (t.kind != TokKind::Newline && t.kind != TokKind::Indent && t.kind != TokKind::Dedent) {
      last_line_ = t.line + static_cast<int>(std::count(t.text.begin(), t.text.end(), '\n'));
    }
    if (i_ + 1 < toks_.size()) ++i_;
    return t;
  }
  bool accept(TokKind k) {
    if (!at(k)) return false;
    next();
    return true;
  }
  bool accept_op(std::string_view op) {
    if (!at_op(op)) return false;
    next();
    return true;
  }
  bool accept_kw(std::string_view kw) {
    if (!at_kw(kw)) return false;
    next();
    return true;
  }
  [[noreturn]] void syntax_error(const std::string& msg) const { throw SyntaxError(msg, cur().line, cur().col); }
  [[noreturn]] static void unsupported(const std::string& what, Pos p) { throw Unsupported(what, p.line, p.col); }
  void expect_op(std::string_view op) {
    if (!accept_op(op)) syntax_error("expected '" + std::string(op) + "'");
  }
  void expect(TokKind k, const char* what) {
    if (!accept(k)) syntax_error(std::string("expected ") + what);
  }
  std::string_view name() {
    if (!at(TokKind::Name) || is_keyword(cur().text)) syntax_error("expected a name");
    return next().text;
  }

  ExprPtr make(ExprKind k, Pos p, std::string_view text = {}) {
    ExprPtr e = exprs_.make();
    e->kind = k;
    e->pos = p;
    e->text = text;
    return e;
  }

  // ---- module level: modelled statements and host code ----

  // `if __name__ == "__main__":` (either quote style)
  bool at_main_guard() const {
    const Token& guard = peek(3);
    return at_kw("if") && peek(1).kind == TokKind::Name && peek(1).text == "__name__" && peek(2).kind == TokKind::Op &&
           peek(2).text == "==" && guard.kind == TokKind::String &&
           (guard.text == "\"__main__\"" || guard.text == "'__main__'") && peek(4).kind == TokKind::Op &&
           peek(4).text == ":";
  }

  // `@X.kernel`, `@X.func`, `@X.struct`, called or not: a definition module_env models.
  bool at_warp_decorator() const {
    const Token& attr = peek(3);
    const Token& after = peek(4);
    return at_op("@") && peek(1).kind == TokKind::Name && peek(2).kind == TokKind::Op && peek(2).text == "." &&
           attr.kind == TokKind::Name && (attr.text == "kernel" || attr.text == "func" || attr.text == "struct") &&
           (after.kind == TokKind::Newline || (after.kind == TokKind::Op && after.text == "("));
  }

  // Imports, warp-decorated definitions and simple statements are parsed (a simple statement outside
  // the subset falls back to host code); every other statement is host code.
  StmtPtr module_statement() {
    for (std::string_view kw : {"return", "yield", "await", "break", "continue"}) {
      if (at_kw(kw)) syntax_error("'" + std::string(kw) + "' outside a function or loop");
    }
    if (at_op("@")) return at_warp_decorator() ? statement() : host_statement();
    for (std::string_view kw : {"def", "class", "if", "for", "while", "try", "with", "async"}) {
      if (at_kw(kw)) return host_statement();
    }
    if (line_ends_with_colon()) return host_statement();  // `match x:` and other soft-keyword blocks
    size_t begin = i_;
    try {
      return statement();
    } catch (const Unsupported&) {
      i_ = begin;
      return host_statement();
    }
  }

  bool line_ends_with_colon() const {
    size_t k = i_;
    while (toks_[k].kind != TokKind::Newline && toks_[k].kind != TokKind::EndMarker) ++k;
    return k > i_ && toks_[k - 1].kind == TokKind::Op && toks_[k - 1].text == ":";
  }

  // A module-level statement the native backend does not model: its logical lines (decorators, then
  // the definition) and the blocks they open are skipped; host_code.cpp scans the tokens.
  StmtPtr host_statement() {
    auto s = make_stmt(StmtKind::Host, pos());
    bool decorator = false;
    do {
      decorator = at_op("@");
      skip_line();
    } while (decorator && !at(TokKind::EndMarker));
    return finish(std::move(s));
  }

  // One logical line and the block it opens, checking the structure Python checks at this level: a
  // block follows exactly the lines that end with ':'.
  void skip_line() {
    DepthGuard guard(*this);
    size_t start = i_;
    while (!at(TokKind::Newline) && !at(TokKind::EndMarker)) next();  // Newline only outside brackets
    bool opens_block = i_ > start && toks_[i_ - 1].kind == TokKind::Op && toks_[i_ - 1].text == ":";
    expect(TokKind::Newline, "end of line");
    if (accept(TokKind::Indent)) {
      if (!opens_block) syntax_error("unexpected indent");
      while (!accept(TokKind::Dedent)) {
        if (at(TokKind::EndMarker)) syntax_error("unexpected end of file");
        skip_line();
      }
    } else if (opens_block) {
      syntax_error("expected an indented block");
    }
  }

  // ---- statements ----

  StmtPtr statement() {
    DepthGuard guard(*this);
    Pos p = pos();
    if (at_op("@")) return decorated();
    if (at_kw("def")) return funcdef({});
    if (at_kw("if")) return if_stmt();
    if (at_kw("for")) return for_stmt();
    if (at_kw("while")) return while_stmt();
    if (at_kw("class")) return classdef({});
    for (std::string_view kw : {"with", "try", "async"}) {
      if (at_kw(kw)) unsupported("'" + std::string(kw) + "' statement", p);
    }
    StmtPtr s = simple_stmt();
    if (at_op(";")) unsupported("multiple statements on one line", pos());
    expect(TokKind::Newline, "end of line");
    return s;
  }

  std::vector<StmtPtr> suite() {
    expect_op(":");
    std::vector<StmtPtr> body;
    if (accept(TokKind::Newline)) {
      expect(TokKind::Indent, "an indented block");
      while (!accept(TokKind::Dedent)) {
        if (at(TokKind::EndMarker)) syntax_error("unexpected end of file");
        body.push_back(statement());
      }
    } else {
      StmtPtr s = simple_stmt();
      if (at_op(";")) unsupported("multiple statements on one line", pos());
      expect(TokKind::Newline, "end of line");
      body.push_back(std::move(s));
    }
    return body;
  }

  StmtPtr make_stmt(StmtKind k, Pos p) {
    StmtPtr s = stmts_.make();
    s->kind = k;
    s->pos = p;
    return s;
  }
  StmtPtr finish(StmtPtr s) {
    s->end_line = last_line_;
    return s;
  }

  StmtPtr decorated() {
    std::vector<ExprPtr> decorators;
    while (accept_op("@")) {
      decorators.push_back(expression());
      expect(TokKind::Newline, "end of line");
    }
    if (at_kw("class")) return classdef(std::move(decorators));
    if (!at_kw("def")) unsupported("decorated statement", pos());
    return funcdef(std::move(decorators));
  }

  // `class Name:` with its body; base classes and keywords are not modelled.
  StmtPtr classdef(std::vector<ExprPtr> decorators) {
    Pos class_pos = pos();
    next();
    auto s = make_stmt(StmtKind::ClassDef, class_pos);
    s->decorators = std::move(decorators);
    s->name = name();
    if (at_op("(")) unsupported("class with base classes", pos());
    s->body = suite();
    return finish(std::move(s));
  }

  StmtPtr funcdef(std::vector<ExprPtr> decorators) {
    // The FunctionDef node starts at the `def` line (decorators are listed separately, as in CPython).
    Pos def_pos = pos();
    next();
    auto s = make_stmt(StmtKind::FunctionDef, def_pos);
    s->decorators = std::move(decorators);
    s->name = name();
    expect_op("(");
    while (!at_op(")")) {
      if (at_op("*") || at_op("**") || at_op("/")) unsupported("variadic or positional-only parameters", pos());
      Param prm;
      prm.pos = pos();
      prm.name = name();
      if (accept_op(":")) prm.annotation = expression();
      if (accept_op("=")) {
        prm.default_value = expression();
      } else if (!s->params.empty() && s->params.back().default_value) {
        syntax_error("non-default argument follows default argument");
      }
      s->params.push_back(std::move(prm));
      if (!accept_op(",")) break;
    }
    expect_op(")");
    if (accept_op("->")) s->annotation = expression();
    s->body = suite();
    return finish(std::move(s));
  }

  StmtPtr if_stmt() {
    auto s = make_stmt(StmtKind::If, pos());
    next();  // `if` or `elif`
    s->value = named_expression();
    s->body = suite();
    if (at_kw("elif")) {
      s->orelse.push_back(if_stmt());
    } else if (accept_kw("else")) {
      s->orelse = suite();
    }
    return finish(std::move(s));
  }

  StmtPtr for_stmt() {
    auto s = make_stmt(StmtKind::For, pos());
    next();
    s->target = target_list();
    if (!accept_kw("in")) syntax_error("expected 'in'");
    s->value = expression_list();
    s->body = suite();
    if (at_kw("else")) unsupported("for-else", pos());
    return finish(std::move(s));
  }

  StmtPtr while_stmt() {
    auto s = make_stmt(StmtKind::While, pos());
    next();
    s->value = named_expression();
    s->body = suite();
    if (at_kw("else")) unsupported("while-else", pos());
    return finish(std::move(s));
  }

  StmtPtr simple_stmt() {
    Pos p = pos();
    if (accept_kw("pass")) return finish(make_stmt(StmtKind::Pass, p));
    if (accept_kw("break")) return finish(make_stmt(StmtKind::Break, p));
    if (accept_kw("continue")) return finish(make_stmt(StmtKind::Continue, p));
    if (accept_kw("return")) {
      auto s = make_stmt(StmtKind::Return, p);
      if (!at(TokKind::Newline) && !at_op(";")) s->value = expression_list();
      return finish(std::move(s));
    }
    if (at_kw("import") || at_kw("from")) return import_stmt();
    if (at_kw("assert")) return assert_stmt();
    for (std::string_view kw : {"global", "nonlocal", "del", "raise", "yield", "lambda", "await"}) {
      if (at_kw(kw)) unsupported("'" + std::string(kw) + "'", p);
    }
    ExprPtr first = expression_list();
    if (at_op(":")) {  // annotated assignment
      next();
      auto s = make_stmt(StmtKind::AnnAssign, p);
      s->target = std::move(first);
      s->annotation = expression();
      if (accept_op("=")) s->value = expression_list();
      return finish(std::move(s));
    }
    if (at(TokKind::Op) && is_augmented_assign(cur().text)) {
      const std::string_view op = next().text;
      auto s = make_stmt(StmtKind::AugAssign, p);
      s->op = op.substr(0, op.size() - 1);
      s->target = std::move(first);
      s->value = expression_list();
      return finish(std::move(s));
    }
    if (accept_op("=")) {
      auto s = make_stmt(StmtKind::Assign, p);
      s->target = std::move(first);
      s->value = expression_list();
      if (at_op("=")) unsupported("chained assignment", pos());
      return finish(std::move(s));
    }
    auto s = make_stmt(StmtKind::Expr, p);
    s->value = std::move(first);
    return finish(std::move(s));
  }

  // `assert test[, msg]`, with its source text from `assert` to the end of its last token.
  StmtPtr assert_stmt() {
    auto s = make_stmt(StmtKind::Assert, pos());
    const char* begin = next().text.data();
    s->value = expression();
    if (accept_op(",")) s->target = expression();
    const Token& last = toks_[i_ - 1];
    s->text = {begin, static_cast<size_t>(last.text.data() + last.text.size() - begin)};
    return finish(std::move(s));
  }

  std::string_view dotted_name() {
    const char* begin = cur().text.data();
    std::string_view last = name();
    while (accept_op(".")) last = name();
    return {begin, static_cast<size_t>(last.data() + last.size() - begin)};
  }

  StmtPtr import_stmt() {
    auto s = make_stmt(StmtKind::Import, pos());
    bool parenthesized = false;
    if (accept_kw("from")) {
      s->import_from = true;
      // the module as spelled: leading dots of a relative import, then an optional dotted name
      const char* begin = cur().text.data();
      const char* end = begin;
      while (at_op(".") || at_op("...")) {
        const Token& dots = next();
        end = dots.text.data() + dots.text.size();
      }
      if (!at_kw("import")) {
        std::string_view dotted = dotted_name();
        end = dotted.data() + dotted.size();
      }
      if (end == begin) syntax_error("expected a module name");
      s->import_names.push_back({begin, static_cast<size_t>(end - begin)});
      if (!accept_kw("import")) syntax_error("expected 'import'");
      if (at_op("*")) {
        s->import_names.push_back(next().text);
        s->import_names.push_back({});
        return finish(std::move(s));
      }
      parenthesized = accept_op("(");
    } else {
      next();
    }
    do {
      if (parenthesized && at_op(")")) break;
      std::string_view module = s->import_from ? name() : dotted_name();
      std::string_view alias = accept_kw("as") ? name() : std::string_view{};
      s->import_names.push_back(module);
      s->import_names.push_back(alias);
    } while (accept_op(","));
    if (parenthesized) expect_op(")");
    return finish(std::move(s));
  }

  // ---- expressions ----

  ExprPtr target_list() {
    Pos p = pos();
    ExprPtr first = bitor_expr();
    if (!at_op(",")) return first;
    auto t = make(ExprKind::Tuple, p);
    t->items.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_kw("in")) break;
      t->items.push_back(bitor_expr());
    }
    return t;
  }

  // expression (',' expression)* [','] -- a bare tuple when a comma is present
  ExprPtr expression_list() {
    Pos p = pos();
    ExprPtr first = expression();
    if (!at_op(",")) return first;
    auto t = make(ExprKind::Tuple, p);
    t->items.push_back(std::move(first));
    while (accept_op(",")) {
      if (at(TokKind::Newline) || at_op("=") || at_op(")") || at_op(":") || at_op(";")) break;
      t->items.push_back(expression());
    }
    return t;
  }

  ExprPtr named_expression() {
    ExprPtr e = expression();
    if (at_op(":=")) unsupported("assignment expression", pos());
    return e;
  }

  // Python itself rejects very deep nesting (200 brackets, 100 indentation levels); stay well inside
  // those limits and bound the recursion of this parser.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) {
      if (++p.depth_ > 150) unsupported("nesting deeper than 150 levels", p.pos());
    }
    ~DepthGuard() { --p.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };

  ExprPtr expression() {
    DepthGuard guard(*this);
    if (at_kw("lambda")) unsupported("lambda", pos());
    ExprPtr body = or_test();
    if (!at_kw("if")) return body;
    next();
    auto e = make(ExprKind::IfExp, body->pos);
    ExprPtr test = or_test();
    if (!accept_kw("else")) syntax_error("expected 'else'");
    ExprPtr orelse = expression();
    e->items.push_back(std::move(test));
    e->items.push_back(std::move(body));
    e->items.push_back(std::move(orelse));
    return e;
  }

  ExprPtr bool_chain(std::string_view kw, ExprPtr (Parser::*sub)()) {
    ExprPtr first = (this->*sub)();
    if (!at_kw(kw)) return first;
    auto e = make(ExprKind::BoolOp, first->pos, kw);
    e->items.push_back(std::move(first));
    while (accept_kw(kw)) e->items.push_back((this->*sub)());
    return e;
  }
  ExprPtr or_test() { return bool_chain("or", &Parser::and_test); }
  ExprPtr and_test() { return bool_chain("and", &Parser::not_test); }

  ExprPtr not_test() {
    DepthGuard guard(*this);
    if (!at_kw("not")) return comparison();
    const Pos at = pos();  // before next(): argument evaluation order is unspecified
    auto e = make(ExprKind::UnaryOp, at, next().text);
    e->items.push_back(not_test());
    return e;
  }

  std::string_view comp_op() {
    static constexpr std::string_view kOps[] = {"<", ">", "==", ">=", "<=", "!="};
    for (std::string_view op : kOps) {
      if (at_op(op)) return next().text;
    }
    if (at_kw("in")) return next().text;
    if (at_kw("not") && peek().kind == TokKind::Name && peek().text == "in") {
      next();
      next();
      return "not in";
    }
    if (at_kw("is")) {
      next();
      return accept_kw("not") ? "is not" : "is";
    }
    return {};
  }

  ExprPtr comparison() {
    ExprPtr left = bitor_expr();
    std::string_view op = comp_op();
    if (op.empty()) return left;
    auto e = make(ExprKind::Compare, left->pos);
    e->items.push_back(std::move(left));
    while (!op.empty()) {
      e->ops.push_back(op);
      e->items.push_back(bitor_expr());
      op = comp_op();
    }
    return e;
  }

  // Binding power of the binary operator at the cursor (| ^ & shifts arithmetic terms, as in
  // Python's grammar), 0 if the token is not one. `**` binds tighter and is parsed by power().
  int binary_precedence() const {
    const Token& t = cur();
    if (t.kind != TokKind::Op) return 0;
    const std::string_view o = t.text;
    switch (o[0]) {
      case '|':
        return o.size() == 1 ? 1 : 0;
      case '^':
        return o.size() == 1 ? 2 : 0;
      case '&':
        return o.size() == 1 ? 3 : 0;
      case '<':
        return o == "<<" ? 4 : 0;
      case '>':
        return o == ">>" ? 4 : 0;
      case '+':
      case '-':
        return o.size() == 1 ? 5 : 0;
      case '*':
      case '%':
      case '@':
        return o.size() == 1 ? 6 : 0;
      case '/':
        return o.size() == 1 || o == "//" ? 6 : 0;
      default:
        return 0;
    }
  }

  // Precedence climbing over the left-associative binary operators: the same trees as one
  // recursive-descent level per precedence, without descending through every level for each operand.
  ExprPtr binary_from(ExprPtr left, int min_precedence) {
    for (int prec; (prec = binary_precedence()) >= min_precedence && prec > 0;) {
      const std::string_view op = next().text;
      ExprPtr right = factor();
      while (binary_precedence() > prec) right = binary_from(std::move(right), prec + 1);
      auto e = make(ExprKind::BinOp, left->pos, op);
      e->items.push_back(std::move(left));
      e->items.push_back(std::move(right));
      left = std::move(e);
    }
    return left;
  }
  ExprPtr bitor_expr() { return binary_from(factor(), 1); }

  ExprPtr factor() {
    DepthGuard guard(*this);
    if (at_op("+") || at_op("-") || at_op("~")) {
      const Pos at = pos();  // before next(): argument evaluation order is unspecified
      auto e = make(ExprKind::UnaryOp, at, next().text);
      e->items.push_back(factor());
      return e;
    }
    return power();
  }

  ExprPtr power() {
    if (at_kw("await")) unsupported("await", pos());
    ExprPtr base = primary();
    if (!at_op("**")) return base;
    next();
    auto e = make(ExprKind::BinOp, base->pos, "**");
    e->items.push_back(std::move(base));
    e->items.push_back(factor());
    return e;
  }

  ExprPtr primary() {
    ExprPtr e = atom();
    for (;;) {
      if (accept_op(".")) {
        auto a = make(ExprKind::Attribute, e->pos);
        a->text = name();
        a->items.push_back(std::move(e));
        e = std::move(a);
      } else if (at_op("(")) {
        next();
        auto c = make(ExprKind::Call, e->pos);
        c->items.push_back(std::move(e));
        call_args(*c);
        e = std::move(c);
      } else if (at_op("[")) {
        next();
        auto s = make(ExprKind::Subscript, e->pos);
        s->items.push_back(std::move(e));
        s->items.push_back(subscript_list());
        expect_op("]");
        e = std::move(s);
      } else {
        return e;
      }
    }
  }

  void call_args(Expr& call) {
    while (!at_op(")")) {
      if (at_op("*") || at_op("**")) unsupported("starred call arguments", pos());
      if (at(TokKind::Name) && peek().kind == TokKind::Op && peek().text == "=") {
        Keyword kw;
        kw.pos = pos();
        kw.name = name();
        next();
        kw.value = expression();
        call.keywords.push_back(std::move(kw));
      } else {
        if (!call.keywords.empty()) syntax_error("positional argument follows keyword argument");
        call.items.push_back(named_expression());
        if (at_kw("for") || at_kw("async")) unsupported("generator expression", pos());
      }
      if (!accept_op(",")) break;
    }
    expect_op(")");
  }

  ExprPtr subscript_list() {
    Pos p = pos();
    ExprPtr first = subscript_item();
    if (!at_op(",")) return first;
    auto t = make(ExprKind::Tuple, p);
    t->items.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_op("]")) break;
      t->items.push_back(subscript_item());
    }
    return t;
  }
  // ast.Slice: `lower:upper:step`, each part optional; the node starts at its first part (or the colon).
  ExprPtr subscript_item() {
    Pos p = pos();
    ExprPtr lower;
    if (!at_op(":")) {
      lower = expression();
      if (!at_op(":")) return lower;
      p = lower->pos;
    }
    auto s = make(ExprKind::Slice, p);
    if (lower) {
      s->int_value |= kSliceLower;
      s->items.push_back(std::move(lower));
    }
    expect_op(":");
    if (!at_op(":") && !at_op(",") && !at_op("]")) {
      s->int_value |= kSliceUpper;
      s->items.push_back(expression());
    }
    if (accept_op(":") && !at_op(",") && !at_op("]")) {
      s->int_value |= kSliceStep;
      s->items.push_back(expression());
    }
    return s;
  }

  ExprPtr atom() {
    Pos p = pos();
    const Token& t = cur();
    switch (t.kind) {
      case TokKind::Name: {
        if (t.text == "True" || t.text == "False") {
          auto e = make(ExprKind::Bool, p, next().text);
          e->int_value = t.text == "True";
          return e;
        }
        if (t.text == "None") return make(ExprKind::None, p, next().text);
        if (is_keyword(t.text)) syntax_error("invalid syntax");
        return make(ExprKind::Name, p, next().text);
      }
      case TokKind::Number:
        return number(next());
      case TokKind::String: {
        // implicit concatenation: the text spans every string token, as the source spells them
        const char* begin = t.text.data();
        std::string_view last = next().text;
        while (at(TokKind::String)) last = next().text;
        return make(ExprKind::Str, p, {begin, static_cast<size_t>(last.data() + last.size() - begin)});
      }
      case TokKind::Op:
        break;
      default:
        syntax_error("invalid syntax");
    }
    if (accept_op("(")) {
      if (accept_op(")")) return make(ExprKind::Tuple, p);
      if (at_kw("yield")) unsupported("yield", pos());
      ExprPtr first = named_expression();
      if (at_kw("for") || at_kw("async")) unsupported("generator expression", pos());
      if (accept_op(")")) return first;
      auto tup = make(ExprKind::Tuple, p);
      tup->items.push_back(std::move(first));
      while (accept_op(",")) {
        if (at_op(")")) break;
        tup->items.push_back(named_expression());
      }
      expect_op(")");
      return tup;
    }
    if (at_op("*")) unsupported("starred expression", p);
    if (at_op("[")) unsupported("list display", p);
    if (accept_op("{")) return brace_display(p);
    if (at_op("...")) unsupported("Ellipsis", p);
    syntax_error("invalid syntax");
  }

  // `{}`, `{k: v, ...}` or `{a, ...}`; unpacking and comprehensions are not modelled.
  ExprPtr brace_display(Pos p) {
    if (accept_op("}")) return make(ExprKind::Dict, p);
    if (at_op("**") || at_op("*")) unsupported("unpacking in a display", pos());
    ExprPtr first = expression();
    const bool is_dict = accept_op(":");
    auto d = make(is_dict ? ExprKind::Dict : ExprKind::Set, p);
    d->items.push_back(std::move(first));
    if (is_dict) d->items.push_back(expression());
    if (at_kw("for") || at_kw("async")) unsupported("comprehension", pos());
    while (accept_op(",")) {
      if (at_op("}")) break;
      if (at_op("**") || at_op("*")) unsupported("unpacking in a display", pos());
      d->items.push_back(expression());
      if (is_dict) {
        expect_op(":");
        d->items.push_back(expression());
      }
    }
    expect_op("}");
    return d;
  }

  ExprPtr number(const Token& t) {
    std::string s;
    for (char c : t.text) {
      if (c != '_') s += c;
    }
    Pos p{t.line, t.col};
    char last = s.back();
    if (last == 'j' || last == 'J') unsupported("complex literal", p);
    bool is_float = false;
    if (s.size() < 2 || !(s[0] == '0' && std::string_view("xXoObB").find(s[1]) != std::string_view::npos)) {
      is_float = s.find_first_of(".eE") != std::string::npos;
    }
    if (is_float) {
      auto e = make(ExprKind::Float, p, t.text);
      errno = 0;
      e->float_value = std::strtod(s.c_str(), nullptr);
      return e;
    }
    int base = 10;
    size_t skip = 0;
    if (s.size() > 1 && s[0] == '0') {
      char b = static_cast<char>(s[1] | 0x20);
      base = b == 'x' ? 16 : b == 'o' ? 8 : b == 'b' ? 2 : 10;
      skip = base == 10 ? 0 : 2;
      if (base == 10 && s.find_first_not_of('0') != std::string::npos)
        syntax_error("leading zeros in decimal integer literals are not permitted");
    }
    auto e = make(ExprKind::Int, p, t.text);
    auto [ptr, ec] = std::from_chars(s.data() + skip, s.data() + s.size(), e->int_value, base);
    if (ec != std::errc() || ptr != s.data() + s.size()) unsupported("integer literal out of 64-bit range", p);
    return e;
  }

  std::vector<Token> toks_;
  NodePool<Expr> exprs_;
  NodePool<Stmt> stmts_;
  size_t i_ = 0;
  int last_line_ = 1;
  int depth_ = 0;
};

}  // namespace

Module parse(std::string_view src) {
  return parse(tokenize(src));
}

Module parse(std::vector<Token> tokens) {
  return Parser(std::move(tokens)).module();
}

}  // namespace ws::frontend
