#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frontend/parser.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::frontend {
namespace {

// Python 3.12's keyword.kwlist and keyword.softkwlist, as the language reference lists them.
TEST(Keywords, ExactlyPythonsReservedWords) {
  const std::vector<std::string> kwlist = {"False",  "None",   "True",    "and",      "as",       "assert", "async",
                                           "await",  "break",  "class",   "continue", "def",      "del",    "elif",
                                           "else",   "except", "finally", "for",      "from",     "global", "if",
                                           "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
                                           "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
  for (const std::string& k : kwlist) {
    EXPECT_TRUE(is_keyword(k)) << k;
    EXPECT_FALSE(is_keyword(k + "_")) << k;
    EXPECT_FALSE(is_keyword(k.substr(0, k.size() - 1))) << k;
    std::string upper = k;
    upper[0] = static_cast<char>(upper[0] ^ 0x20);  // case matters
    EXPECT_FALSE(is_keyword(upper)) << k;
  }
  for (const char* soft : {"_", "case", "match", "type", "", "x", "print", "self", "\xc3\xa9"})
    EXPECT_FALSE(is_keyword(soft)) << soft;
}

// The augassign operators of Python's grammar; comparisons end in '=' too and are not among them.
TEST(Keywords, AugmentedAssignmentOperatorsArePythons) {
  for (const char* op : {"+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//="})
    EXPECT_TRUE(is_augmented_assign(op)) << op;
  for (const char* op : {"=", "==", "<=", ">=", "!=", ":=", "+", "->", ""}) EXPECT_FALSE(is_augmented_assign(op)) << op;
}

// Renders an expression in fully parenthesized prefix form to check structure and precedence.
std::string show(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name:
    case ExprKind::Int:
    case ExprKind::Float:
    case ExprKind::Bool:
      return std::string(e.text);
    case ExprKind::Attribute:
      return show(*e.items[0]) + "." + std::string(e.text);
    case ExprKind::BinOp:
      return "(" + show(*e.items[0]) + " " + std::string(e.text) + " " + show(*e.items[1]) + ")";
    case ExprKind::UnaryOp:
      return "(" + std::string(e.text) + " " + show(*e.items[0]) + ")";
    case ExprKind::BoolOp: {
      std::string s = "(" + std::string(e.text);
      for (const auto& x : e.items) s += " " + show(*x);
      return s + ")";
    }
    case ExprKind::Compare: {
      std::string s = "(" + show(*e.items[0]);
      for (size_t i = 0; i < e.ops.size(); ++i) s += " " + std::string(e.ops[i]) + " " + show(*e.items[i + 1]);
      return s + ")";
    }
    case ExprKind::Call: {
      std::string s = show(*e.items[0]) + "(";
      for (size_t i = 1; i < e.items.size(); ++i) s += (i > 1 ? ", " : "") + show(*e.items[i]);
      for (const auto& k : e.keywords) s += std::string(", ") + std::string(k.name) + "=" + show(*k.value);
      return s + ")";
    }
    case ExprKind::Subscript:
      return show(*e.items[0]) + "[" + show(*e.items[1]) + "]";
    case ExprKind::Tuple: {
      std::string s = "(";
      for (const auto& x : e.items) s += show(*x) + ",";
      return s + ")";
    }
    case ExprKind::IfExp:
      return "(" + show(*e.items[1]) + " if " + show(*e.items[0]) + " else " + show(*e.items[2]) + ")";
    case ExprKind::Slice: {  // the parts present, in order, with ':' where Python's ast has a None
      std::string s;
      size_t i = 0;
      for (int64_t bit : {kSliceLower, kSliceUpper, kSliceStep}) {
        if (bit != kSliceLower) s += ":";
        if (e.int_value & bit) s += show(*e.items[i++]);
      }
      return s;
    }
    default:
      return "?";
  }
}

std::string expr(const std::string& src) {
  std::string text = src + "\n";  // the AST views into the source
  Module m = parse(text);
  return show(*m.body.at(0)->value);
}

TEST(Parser, Precedence) {
  EXPECT_EQ(expr("a + b * c ** -d"), "(a + (b * (c ** (- d))))");
  EXPECT_EQ(expr("-a ** 2"), "(- (a ** 2))");
  EXPECT_EQ(expr("a < b and not c or d"), "(or (and (a < b) (not c)) d)");
  EXPECT_EQ(expr("a & b | c ^ d << 1"), "((a & b) | (c ^ (d << 1)))");
  EXPECT_EQ(expr("x if c else y"), "(x if c else y)");
  EXPECT_EQ(expr("a - b - c"), "((a - b) - c)");
}

TEST(Parser, Trailers) {
  EXPECT_EQ(expr("wp.sin(a[i, j].x, k=2)"), "wp.sin(a[(i,j,)].x, k=2)");
  EXPECT_EQ(expr("m[i][j]"), "m[i][j]");
}

// ast.Slice: lower, upper and step each optional; the node starts at its lower bound, or at the first
// colon when there is none (positions as CPython's ast.parse gives them, 1-based here).
TEST(Parser, Slices) {
  EXPECT_EQ(expr("a[1:3]"), "a[1:3:]");
  EXPECT_EQ(expr("b[i, :]"), "b[(i,::,)]");
  EXPECT_EQ(expr("a[::2]"), "a[::2]");
  EXPECT_EQ(expr("a[i : i + 2, 1]"), "a[(i:(i + 2):,1,)]");
  EXPECT_EQ(expr("a[x:y:z]"), "a[x:y:z]");
  EXPECT_EQ(expr("a[1:][:i]"), "a[1::][:i:]");
  std::string text = "a[i : i + 2, ::-1]\n";
  Module m = parse(text);
  const Expr& index = *m.body.at(0)->value->items[1];
  ASSERT_EQ(index.kind, ExprKind::Tuple);
  EXPECT_EQ(index.items[0]->kind, ExprKind::Slice);
  EXPECT_EQ(index.items[0]->pos.col, 3);
  EXPECT_EQ(index.items[1]->pos.col, 14);
  EXPECT_EQ(index.items[1]->items.size(), 1u);  // only the step is present
}

TEST(Parser, PositionsFollowPythonAst) {
  Module m = parse(
      "@wp.kernel\ndef k(a: float):\n    x = (a +\n         1.0)\n    if x:\n        pass\n    elif y:\n        "
      "pass\n");
  const Stmt& def = *m.body[0];
  EXPECT_EQ(def.kind, StmtKind::FunctionDef);
  EXPECT_EQ(def.pos.line, 2);
  EXPECT_EQ(def.decorators[0]->pos.line, 1);
  EXPECT_EQ(def.end_line, 8);
  const Stmt& assign = *def.body[0];
  EXPECT_EQ(assign.value->pos.line, 3);
  EXPECT_EQ(assign.value->pos.col, 10);  // BinOp starts at its left operand, inside the parenthesis
  EXPECT_EQ(assign.end_line, 4);
  const Stmt& ifs = *def.body[1];
  ASSERT_EQ(ifs.orelse.size(), 1u);
  EXPECT_EQ(ifs.orelse[0]->kind, StmtKind::If);
  EXPECT_EQ(ifs.orelse[0]->pos.line, 7);
}

TEST(Parser, Statements) {
  Module m = parse(
      "import warp as wp\nx, y = 1, 2\nz += 3\n@wp.func\ndef f():\n    for i in range(3):\n        break\n"
      "    while x:\n        continue\n");
  ASSERT_EQ(m.body.size(), 4u);
  EXPECT_EQ(m.body[0]->kind, StmtKind::Import);
  EXPECT_EQ(m.body[1]->target->kind, ExprKind::Tuple);
  EXPECT_EQ(m.body[2]->kind, StmtKind::AugAssign);
  EXPECT_EQ(m.body[2]->op, "+");
  const auto& body = m.body[3]->body;
  EXPECT_EQ(body[0]->kind, StmtKind::For);
  EXPECT_EQ(body[1]->kind, StmtKind::While);
}

TEST(Parser, ImportForms) {
  Module m = parse("from .a.b import (c as d, e,)\nfrom .. import f\nfrom g import *\n");
  ASSERT_EQ(m.body.size(), 3u);
  EXPECT_EQ(m.body[0]->import_names, (std::vector<std::string_view>{".a.b", "c", "d", "e", ""}));
  EXPECT_EQ(m.body[1]->import_names, (std::vector<std::string_view>{"..", "f", ""}));
  EXPECT_EQ(m.body[2]->import_names, (std::vector<std::string_view>{"g", "*", ""}));
}

// Module-level statements outside the subset are host code: kept as token ranges, never parsed.
TEST(Parser, ModuleLevelHostCode) {
  std::string src =
      "class Example(Base):\n    def __init__(self, n=[1, 2]):\n        with a as b:\n            pass\n"
      "x = [1, 2]\nf = lambda x: x\ntry:\n    import foo\nexcept ImportError:\n    foo = None\n"
      "if __name__ == \"__main__\":\n    main()\nx = 1; y = 2\nz = (*x, 3)\n";
  Module m = parse(src);
  ASSERT_EQ(m.body.size(), 7u);  // class, x, f, try, except, `x = 1; y = 2`, z: the main guard is dropped
  for (const auto& s : m.body) EXPECT_EQ(s->kind, StmtKind::Host);
  EXPECT_EQ(m.tokens[m.body[0]->tok_begin].text, "class");
  EXPECT_EQ(m.tokens[m.body[1]->tok_begin].line, 5);
  EXPECT_EQ(m.body[4]->pos.line, 9);
  EXPECT_EQ(m.tokens[m.body[5]->tok_begin].line, 13);
  EXPECT_THROW(parse("if x\n    pass\n"), SyntaxError);
  EXPECT_THROW(parse("class A:\npass\n"), SyntaxError);
  EXPECT_THROW(parse("x = 1\n    y = 2\n"), SyntaxError);
}

TEST(Parser, Literals) {
  Module m = parse("a = 0x1F\nb = 1_000\nc = 2.5e-3\nd = True\n");
  EXPECT_EQ(m.body[0]->value->int_value, 31);
  EXPECT_EQ(m.body[1]->value->int_value, 1000);
  EXPECT_DOUBLE_EQ(m.body[2]->value->float_value, 2.5e-3);
  EXPECT_EQ(m.body[3]->value->int_value, 1);
}

TEST(Parser, DeclinesOutsideTheSubset) {
  for (const char* body : {"f = lambda x: x", "x = [1, 2]", "with a:\n        pass", "x = 1; y = 2"}) {
    std::string src = std::string("@wp.kernel\ndef k():\n    ") + body + "\n";
    EXPECT_THROW(parse(src), Unsupported) << body;
  }
  EXPECT_THROW(parse("@wp.struct\nclass A(B):\n    pass\n"), Unsupported);
  try {
    parse("@wp.func\ndef f():\n    x = 1\n    y = {a for a in b}\n");
    FAIL();
  } catch (const Unsupported& e) {
    EXPECT_EQ(e.line(), 4);
    EXPECT_EQ(e.col(), 12);
  }
}

// Parameter defaults, assert statements (with their source text) and dict/set displays.
TEST(Parser, DefaultsAssertAndDisplays) {
  std::string src =
      "@wp.func\ndef f(x: float, s: float = -1.5, n: int = 2):\n    assert x > 0.0, \"msg\"  # c\n"
      "    assert (x)\n@wp.kernel(module_options={\"fast_math\": True}, module=\"unique\")\ndef k():\n"
      "    y = {1, 2,}\n";
  Module m = parse(src);
  const Stmt& f = *m.body[0];
  ASSERT_EQ(f.params.size(), 3u);
  EXPECT_FALSE(f.params[0].default_value);
  EXPECT_EQ(show(*f.params[1].default_value), "(- 1.5)");
  EXPECT_EQ(f.params[2].default_value->int_value, 2);
  EXPECT_EQ(f.body[0]->kind, StmtKind::Assert);
  EXPECT_EQ(f.body[0]->text, "assert x > 0.0, \"msg\"");
  EXPECT_EQ(show(*f.body[0]->value), "(x > 0.0)");
  EXPECT_EQ(f.body[1]->text, "assert (x)");
  EXPECT_FALSE(f.body[1]->target);
  const Expr& options = *m.body[1]->decorators[0]->keywords[0].value;
  EXPECT_EQ(options.kind, ExprKind::Dict);
  ASSERT_EQ(options.items.size(), 2u);  // key, value
  EXPECT_EQ(options.items[1]->kind, ExprKind::Bool);
  const Expr& set = *m.body[1]->body[0]->value;
  EXPECT_EQ(set.kind, ExprKind::Set);
  EXPECT_EQ(set.items.size(), 2u);
  EXPECT_THROW(parse("@wp.func\ndef f(a=1, b):\n    pass\n"), SyntaxError);
}

TEST(Parser, ClassDef) {
  Module m = parse("@wp.struct\nclass A:\n    x: float\n    y: wp.vec3\n");
  ASSERT_EQ(m.body.size(), 1u);
  const auto& c = *m.body[0];
  EXPECT_EQ(c.kind, ws::frontend::StmtKind::ClassDef);
  EXPECT_EQ(c.name, "A");
  EXPECT_EQ(c.pos.line, 2);
  EXPECT_EQ(c.decorators.size(), 1u);
  ASSERT_EQ(c.body.size(), 2u);
  EXPECT_EQ(c.body[1]->kind, ws::frontend::StmtKind::AnnAssign);
  EXPECT_EQ(c.end_line, 4);
}

TEST(Parser, SyntaxErrors) {
  EXPECT_THROW(parse("x = (1 +\n"), SyntaxError);
  EXPECT_THROW(parse("def f(:\n    pass\n"), SyntaxError);
  EXPECT_THROW(parse("if x\n    pass\n"), SyntaxError);
  EXPECT_THROW(parse("x = 1 +\n"), SyntaxError);
}

}  // namespace
}  // namespace ws::frontend
